package fi.tyokyky.server.packages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.hl7.fhir.r4.model.CodeSystem;
import org.junit.jupiter.api.Test;

class ClasspathPackageTest {

  private static final String PACKAGE_JSON =
      "{\"name\":\"test.pkg\",\"version\":\"1.0.0\",\"fhirVersions\":[\"4.0.1\"]}";
  private static final String CODE_SYSTEM =
      "{\"resourceType\":\"CodeSystem\",\"id\":\"x\",\"url\":\"https://example.fi/CodeSystem/x\"}";

  @Test
  void samePackageWrittenAtAnotherTimeHasTheSameContent() throws IOException {
    ClasspathPackage pkg = ClasspathPackage.fromTarball(tarball(CODE_SYSTEM, 1_000_000L));

    assertThat(pkg.hasSameContentAs(tarball(CODE_SYSTEM, 2_000_000_000L))).isTrue();
  }

  @Test
  void changedFileMeansChangedContent() throws IOException {
    ClasspathPackage pkg = ClasspathPackage.fromTarball(tarball(CODE_SYSTEM, 1_000_000L));

    assertThat(pkg.hasSameContentAs(tarball(CODE_SYSTEM.replace("/x\"", "/y\""), 1_000_000L)))
        .isFalse();
  }

  @Test
  void missingOrUnreadableStoredCopyIsNotTheSame() throws IOException {
    ClasspathPackage pkg = ClasspathPackage.fromTarball(tarball(CODE_SYSTEM, 1_000_000L));

    assertThat(pkg.hasSameContentAs(null)).isFalse();
    assertThat(pkg.hasSameContentAs("not a tarball".getBytes(StandardCharsets.UTF_8))).isFalse();
  }

  @Test
  void readsIdVersionAndResourcesOfAType() throws IOException {
    ClasspathPackage pkg = ClasspathPackage.fromTarball(tarball(CODE_SYSTEM, 1_000_000L));

    assertThat(pkg.id()).isEqualTo("test.pkg");
    assertThat(pkg.version()).isEqualTo("1.0.0");
    assertThat(pkg.resourcesOfType(FhirContext.forR4Cached(), "CodeSystem"))
        .singleElement()
        .satisfies(
            resource ->
                assertThat(((CodeSystem) resource).getUrl())
                    .isEqualTo("https://example.fi/CodeSystem/x"));
    assertThat(pkg.resourcesOfType(FhirContext.forR4Cached(), "ValueSet")).isEmpty();
  }

  @Test
  void missingClasspathResourceIsReportedByPath() {
    assertThatThrownBy(() -> ClasspathPackage.load("classpath:no/such/package.tgz"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("No FHIR package on the classpath at no/such/package.tgz");
  }

  private static byte[] tarball(String codeSystem, long modifiedMillis) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
      add(tar, "package/package.json", PACKAGE_JSON, modifiedMillis);
      add(tar, "package/CodeSystem-x.json", codeSystem, modifiedMillis);
    }
    return bytes.toByteArray();
  }

  private static void add(
      TarArchiveOutputStream tar, String name, String content, long modifiedMillis)
      throws IOException {
    byte[] data = content.getBytes(StandardCharsets.UTF_8);
    TarArchiveEntry entry = new TarArchiveEntry(name);
    entry.setSize(data.length);
    entry.setModTime(new Date(modifiedMillis));
    tar.putArchiveEntry(entry);
    tar.write(data);
    tar.closeArchiveEntry();
  }
}
