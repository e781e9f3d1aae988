package fi.tyokyky.server.figures;

import fi.tyokyky.statistics.engine.DuckDbFigureEngine;
import fi.tyokyky.statistics.engine.FigureQuery;
import fi.tyokyky.statistics.pseudonym.PseudonymisationRules;
import fi.tyokyky.statistics.pseudonym.Pseudonymiser;
import fi.tyokyky.statistics.pseudonym.ReleaseKey;
import fi.tyokyky.statistics.suppression.PublishedFigureSet;
import fi.tyokyky.statistics.suppression.SmallCellSuppressor;
import fi.tyokyky.statistics.suppression.SuppressionPolicy;
import fi.tyokyky.statistics.tables.PackageViews;
import fi.tyokyky.statistics.tables.TableWriter;
import fi.tyokyky.statistics.view.ViewDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The statistician's whole path inside the server, for one request: the stored records,
 * pseudonymised as an export would be, through the package's SQL-on-FHIR views into Parquet tables,
 * the figures' SQL on DuckDB, and small-cell suppression. The working files live in an owner-only
 * temporary directory and are deleted when the figures are made; they hold pseudonyms only, under a
 * key made for this run and forgotten after it.
 *
 * <p>One calculation runs at a time: each reads every stored record, and two at once would only
 * halve each other's speed.
 */
final class FigureCalculation {

  private static final Logger LOG = LoggerFactory.getLogger(FigureCalculation.class);

  private final StoredRecords records;
  private final SmallCellSuppressor suppressor;
  private final List<String> types;

  FigureCalculation(StoredRecords records, SuppressionPolicy policy) {
    this.records = records;
    this.suppressor = new SmallCellSuppressor(policy);
    this.types = PackageViews.all().stream().map(ViewDefinition::resource).distinct().toList();
  }

  /** The suppressed figures of the query. */
  synchronized PublishedFigureSet compute(FigureQuery query) {
    long started = System.nanoTime();
    Path work = workDirectory();
    try {
      Path ndjson = Files.createDirectory(work.resolve("ndjson"));
      Map<String, Long> written = records.write(types, ndjson, FigureCalculation::pseudonymiser);
      Path tables = work.resolve("tables");
      new TableWriter().write(ndjson, tables, EnumSet.of(TableWriter.Format.PARQUET));
      PublishedFigureSet figures =
          suppressor.suppress(new DuckDbFigureEngine(tables).compute(query));
      LOG.info(
          "Figures for {} to {}{}: {} records read, {} ms",
          query.period().start(),
          query.period().end(),
          query.organisation() == null ? "" : " of " + query.organisation().oid(),
          written.values().stream().mapToLong(Long::longValue).sum(),
          (System.nanoTime() - started) / 1_000_000);
      return figures;
    } catch (IOException e) {
      throw new UncheckedIOException("the figures' working files could not be written", e);
    } finally {
      delete(work);
    }
  }

  /** A pseudonymiser whose key exists for this run only: its pseudonyms never leave the server. */
  private static Pseudonymiser pseudonymiser(Map<String, LocalDate> born) {
    return new Pseudonymiser(
        PseudonymisationRules.v1(),
        ReleaseKey.generate("figures"),
        reference -> Optional.ofNullable(born.get(reference)));
  }

  private static Path workDirectory() {
    try {
      return Files.createTempDirectory(
          "tyokyky-figures-",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } catch (IOException e) {
      throw new UncheckedIOException("no temporary directory for the figures", e);
    }
  }

  private static void delete(Path work) {
    try (Stream<Path> files = Files.walk(work)) {
      files.sorted(Comparator.reverseOrder()).forEach(FigureCalculation::deleteOne);
    } catch (IOException | UncheckedIOException e) {
      LOG.warn("The figures' working directory {} could not be deleted: {}", work, e.toString());
    }
  }

  private static void deleteOne(Path file) {
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
