package fi.tyokyky.statistics.view;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.hl7.fhir.r4.model.Resource;

/**
 * The resources of NDJSON text, parsed one line at a time, so that only one resource is in memory.
 * Blank lines are skipped; a line that is not an R4 resource is reported by its number only.
 */
final class NdjsonResources implements Iterator<Resource> {
  private final BufferedReader reader;
  private final IParser parser;
  private Resource next;
  private long line;

  NdjsonResources(Reader reader, IParser parser) {
    this.reader = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    this.parser = parser;
  }

  @Override
  public boolean hasNext() {
    if (next != null) {
      return true;
    }
    try {
      String text;
      while ((text = reader.readLine()) != null) {
        line++;
        if (!text.isBlank()) {
          next = parse(text);
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new ViewInputException("reading NDJSON failed after line " + line, e);
    }
  }

  private Resource parse(String text) {
    try {
      if (parser.parseResource(text) instanceof Resource resource) {
        return resource;
      }
      throw new ViewInputException("NDJSON line " + line + " is not an R4 resource", null);
    } catch (DataFormatException e) {
      // HAPI's message may quote the content; only the line number goes out.
      throw new ViewInputException("NDJSON line " + line + " is not a FHIR R4 resource", e);
    }
  }

  @Override
  public Resource next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Resource result = next;
    next = null;
    return result;
  }
}
