package fi.tyokyky.server.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecordOrganisationTest {

  @ParameterizedTest(name = "{0} covers {1}: {2}")
  @CsvSource({
    "1.2.246.10.99999991.10.0, 1.2.246.10.99999991.10.0, true",
    "1.2.246.10.99999991, 1.2.246.10.99999991.10.0, true",
    "1.2.246.10.99999991.10.0, 1.2.246.10.99999991, false",
    "1.2.246.10.99999991.10.0, 1.2.246.10.99999994.10.0, false",
    // An arc is compared whole: 99999991 does not cover 999999910.
    "1.2.246.10.99999991, 1.2.246.10.999999910.10.0, false",
  })
  void aCallerCoversItsOwnOidAndTheOidsUnderIt(String caller, String record, boolean covers) {
    assertThat(RecordOrganisation.covers(caller, record)).isEqualTo(covers);
  }

  @ParameterizedTest
  @CsvSource({
    "1.2.246.10.99999991.10.0, sote-1-2-246-10-99999991-10-0",
    "1.2.246.10.1, sote-1-2-246-10-1",
  })
  void partitionNameIsDerivedFromTheOid(String oid, String name) {
    assertThat(OrganisationPartitions.partitionName(oid)).isEqualTo(name).matches("[a-zA-Z0-9_-]+");
  }

  @ParameterizedTest
  @ValueSource(strings = {"urn:oid:1.2.246.10.1", "1.2.246.11.1", "1.2.246.10", "x"})
  void partitionNameOfSomethingElseThanABareSoteOidIsRefused(String text) {
    assertThatThrownBy(() -> OrganisationPartitions.partitionName(text))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
