package fi.tyokyky.server.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.tyokyky.statistics.pseudonym.BirthDates;
import fi.tyokyky.statistics.pseudonym.PseudonymisationRules;
import fi.tyokyky.statistics.pseudonym.ReleaseKey;
import fi.tyokyky.statistics.pseudonym.WeakKeyException;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseKeyFileTest {

  @TempDir Path directory;

  @Test
  void aMissingKeyIsMadeOnceWithOwnerOnlyPermissionsAndReadBackTheSame() throws IOException {
    Path file = directory.resolve("data/export-release-key.json");

    ReleaseKey made = ReleaseKeyFile.loadOrCreate(file);
    ReleaseKey read = ReleaseKeyFile.loadOrCreate(file);

    assertThat(read).isEqualTo(made);
    assertThat(made.secret()).hasSize(32);
    assertThat(made.id()).startsWith("release-");
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
    }
  }

  @Test
  void aShortKeyStopsTheStartWithoutShowingIt() throws IOException {
    Path file = directory.resolve("key.json");
    String key = Base64.getEncoder().encodeToString(new byte[16]);
    Files.writeString(file, "{\"id\":\"short\",\"key\":\"" + key + "\"}");

    assertThatThrownBy(() -> ReleaseKeyFile.loadOrCreate(file))
        .isInstanceOf(WeakKeyException.class)
        .hasMessageContaining("16 bytes")
        .hasMessageNotContaining(key);
  }

  @Test
  void eachRecipientHasAKeyOfItsOwnStableWithinTheRelease() {
    RecipientKeys keys =
        new RecipientKeys(
            ReleaseKey.of("release-1", new byte[32]), PseudonymisationRules.v1(), BirthDates.NONE);
    Patient patient = new Patient();
    patient.setId("123");

    String first = keys.forRecipient("statistician").pseudonymise(patient).getIdPart();
    String again = keys.forRecipient("statistician").pseudonymise(patient).getIdPart();
    String other = keys.forRecipient("thl-researcher").pseudonymise(patient).getIdPart();

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
    assertThat(keys.forRecipient("statistician").keyId()).isEqualTo("release-1.statistician");
  }
}
