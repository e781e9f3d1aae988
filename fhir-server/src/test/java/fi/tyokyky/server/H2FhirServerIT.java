package fi.tyokyky.server;

import org.springframework.test.context.TestPropertySource;

/**
 * The server scenarios on H2, the default database, here in memory; and the pseudonymised export's,
 * on H2 only, since what they test does not depend on the database.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:tyokyky-it;DB_CLOSE_DELAY=-1")
class H2FhirServerIT extends AbstractFhirServerIT implements ExportScenarios, FiguresScenarios {}
