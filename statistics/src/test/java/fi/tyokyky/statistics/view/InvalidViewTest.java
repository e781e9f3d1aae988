package fi.tyokyky.statistics.view;

import static fi.tyokyky.statistics.view.Views.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/** Every invalid view fails with a ViewDefinitionException that names the view and the place. */
class InvalidViewTest {

  private static Patient twoNames() {
    Patient p = new Patient();
    p.setId("p1");
    p.addIdentifier().setSystem("urn:oid:1.2.246.21").setValue("010190-901R");
    p.addName().setFamily("Virtanen").addGiven("Anna");
    p.addName().setFamily("Korhonen");
    return p;
  }

  private static void fails(ThrowingCallable call, String location, String message) {
    assertThatThrownBy(call)
        .isInstanceOf(ViewDefinitionException.class)
        .hasMessageContaining("'v'")
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((ViewDefinitionException) e).location()).isEqualTo(location));
  }

  @Test
  void aColumnThatIsNotACollectionMustNotYieldSeveralValues() {
    fails(
        () ->
            rows(
                """
                {"name": "v", "resource": "Patient", "select": [{"column": [
                  {"name": "id", "path": "id"}, {"name": "family", "path": "name.family"}]}]}
                """,
                twoNames()),
        "select[0].column[1]",
        "column 'family' is not a collection but its path 'name.family' yields 2 values");
  }

  @Test
  void errorsMetInTheDataNameThePositionNeverTheContent() {
    assertThatThrownBy(
            () ->
                rows(
                    """
                    {"name": "v", "resource": "Patient", "select": [{"column": [
                      {"name": "family", "path": "name.family"}]}]}
                    """,
                    twoNames()))
        .hasMessageContaining("resource #1 in the input, a Patient")
        .hasMessageNotContaining("Virtanen")
        .hasMessageNotContaining("010190-901R")
        .hasMessageNotContaining("p1");
  }

  @Test
  void anUnknownFieldIsRejectedNotIgnored() {
    fails(
        () ->
            Views.READER.read(
                """
                {"name": "v", "resource": "Patient", "select": [{"forEeach": "name",
                  "column": [{"name": "id", "path": "id"}]}]}
                """),
        "select[0].forEeach",
        "unknown field of a select");
    fails(
        () ->
            Views.READER.read(
                """
                {"name": "v", "resource": "Patient", "selct": []}
                """),
        "selct",
        "unknown field of a ViewDefinition");
  }

  @Test
  void unionBranchesMustHaveTheSameColumnsInTheSameOrder() {
    fails(
        () ->
            compile(
                """
                {"name": "v", "resource": "Patient", "select": [{"unionAll": [
                  {"column": [{"name": "a", "path": "id"}, {"name": "b", "path": "id"}]},
                  {"column": [{"name": "b", "path": "id"}, {"name": "a", "path": "id"}]}]}]}
                """),
        "select[0].unionAll[1]",
        "[a, b] in unionAll[0], [b, a] here");
  }

  @Test
  void unionBranchesMustAgreeOnDeclaredTypes() {
    fails(
        () ->
            compile(
                """
                {"name": "v", "resource": "Patient", "select": [{"unionAll": [
                  {"column": [{"name": "a", "path": "id", "type": "string"}]},
                  {"column": [{"name": "a", "path": "active", "type": "boolean"}]}]}]}
                """),
        "select[0].unionAll[1]",
        "column 'a' is boolean here but string in unionAll[0]");
  }

  @Test
  void aColumnNameIsDefinedOnce() {
    fails(
        () ->
            compile(
                """
                {"name": "v", "resource": "Patient", "select": [
                  {"column": [{"name": "id", "path": "id"}]},
                  {"forEach": "name", "column": [{"name": "id", "path": "family"}]}]}
                """),
        "select[1].column[0]",
        "column 'id' is already defined");
  }

  @Test
  void anUndefinedConstantIsFoundBeforeAnyDataIsRead() {
    fails(
        () ->
            compile(
                """
                {"name": "v", "resource": "Patient", "constant": [{"name": "use", "valueCode": "official"}],
                 "select": [{"column": [{"name": "f", "path": "name.where(use = %usage).family"}]}]}
                """),
        "select[0].column[0].path",
        "constant %usage is not defined in the view");
  }

  @Test
  void aConstantNeedsAValidValue() {
    fails(
        () ->
            compile(
                """
                {"name": "v", "resource": "Patient", "constant": [{"name": "n", "valueInteger": "many"}],
                 "select": [{"column": [{"name": "id", "path": "id"}]}]}
                """),
        "constant[0]",
        "constant 'n' is not a valid integer");
    fails(
        () ->
            compile(
                """
                {"name": "v", "resource": "Patient", "constant": [{"name": "n"}],
                 "select": [{"column": [{"name": "id", "path": "id"}]}]}
                """),
        "constant[0]",
        "constant 'n' has no value[x]");
  }

  @Test
  void anExpressionThatDoesNotParseIsNamed() {
    fails(
        () ->
            compile(
                """
                {"name": "v", "resource": "Patient", "select": [{"forEach": "name.where(",
                  "column": [{"name": "id", "path": "id"}]}]}
                """),
        "select[0].forEach",
        "not a valid FHIRPath expression 'name.where('");
  }

  @Test
  void whereMustYieldABoolean() {
    fails(
        () ->
            rows(
                """
                {"name": "v", "resource": "Patient", "where": [{"path": "name.first().family"}],
                 "select": [{"column": [{"name": "id", "path": "id"}]}]}
                """,
                twoNames()),
        "where[0].path",
        "must yield one boolean, not a string");
  }

  @Test
  void aDeclaredTypeThatTheValueCannotHaveIsAnError() {
    fails(
        () ->
            rows(
                """
                {"name": "v", "resource": "Patient", "select": [{"column": [
                  {"name": "n", "path": "name.first().family", "type": "integer"}]}]}
                """,
                twoNames()),
        "select[0].column[0]",
        "column 'n' is declared integer but its path yields a string");
  }

  @Test
  void aViewNeedsAResourceAndASelect() {
    fails(
        () ->
            compile(
                "{\"name\": \"v\", \"select\": [{\"column\": [{\"name\": \"id\", \"path\": \"id\"}]}]}"),
        "resource",
        "missing");
    fails(() -> compile("{\"name\": \"v\", \"resource\": \"Patient\"}"), "select", "missing");
  }

  @Test
  void aFieldOfTheWrongJsonTypeIsNamed() {
    fails(
        () ->
            compile(
                """
                {"name": "v", "resource": "Patient", "select": [{"forEach": 1,
                  "column": [{"name": "id", "path": "id"}]}]}
                """),
        "select[0].forEach",
        "must be a JSON string, not number");
  }

  @Test
  void onlyOneIterationPerSelect() {
    fails(
        () ->
            compile(
                """
                {"name": "v", "resource": "Patient", "select": [{"forEach": "name",
                  "forEachOrNull": "address", "column": [{"name": "id", "path": "id"}]}]}
                """),
        "select[0]",
        "at most one of forEach, forEachOrNull and repeat");
  }

  @Test
  void textThatIsNotJsonIsAViewError() {
    assertThatThrownBy(
            () ->
                Views.READER.read(
                    new java.io.ByteArrayInputStream(
                        "{\"resource\": ".getBytes(java.nio.charset.StandardCharsets.UTF_8))))
        .isInstanceOf(ViewDefinitionException.class)
        .hasMessageContaining("(document): not JSON");
  }

  private static CompiledView compile(String json) {
    return Views.RUNNER.compile(Views.READER.read(json));
  }
}
