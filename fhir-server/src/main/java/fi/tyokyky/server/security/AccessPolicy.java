package fi.tyokyky.server.security;

import fi.tyokyky.server.security.SmartScope.Permission;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Who may do what: for a caller and one access (a resource type and an interaction), allowed or the
 * reason it is refused. Role and SMART scopes must both permit it; the role caps the scopes (a
 * reader with {@code system/*.cruds} still cannot write).
 *
 * <ul>
 *   <li>Submitter: create, read, update, patch and search the record types (the types the package
 *       profiles), and {@code $examination}, {@code $everything} and {@code $validate} on them; no
 *       delete; its own organisation's {@code $figures}. Needs an organisation.
 *   <li>Reader: read and search the record types, {@code $examination} and {@code $everything}; its
 *       own organisation's {@code $figures}. Needs an organisation.
 *   <li>Statistician: no personal data over REST; conformance reads, the programme's figures
 *       ({@code $figures}, all organisations) and the pseudonymised bulk export: {@code $export}
 *       (system and {@code Group/[id]/$export}), {@code $export-poll-status} and reading its files
 *       ({@code Binary}, which only the export writes).
 *   <li>Administrator: conformance resources in full, AuditEvent read and search, maintenance
 *       operations and deletion of records (across organisations); no record reads.
 *   <li>Any caller: conformance resources read and search. Nobody writes AuditEvent over REST.
 * </ul>
 *
 * Which organisation's records an allowed access reaches is not decided here but by the partition
 * the request runs in ({@code partition.OrganisationPartitionInterceptor}).
 */
public final class AccessPolicy {

  /** The audit log's type: read by the administrator, written only by the server itself. */
  public static final String AUDIT_EVENT = "AuditEvent";

  /** Operations on records that a submitter may call. */
  static final Set<String> SUBMITTER_OPERATIONS =
      Set.of("$examination", "$everything", "$validate", "$access-log");

  /** Operations on records that a reader may call. */
  static final Set<String> READER_OPERATIONS = Set.of("$examination", "$everything", "$access-log");

  /**
   * Operations on records that read them: never the administrator's, whatever else it may do to
   * records in maintenance.
   */
  static final Set<String> RECORD_READ_OPERATIONS =
      Set.of("$examination", "$everything", "$access-log", "$validate", "$meta");

  /** The bulk export's operations, for the statistician (the files are pseudonymised). */
  static final Set<String> EXPORT_OPERATIONS = Set.of("$export", "$export-poll-status");

  /** The programme's figures, small cells suppressed: no personal data. */
  static final String FIGURES_OPERATION = "$figures";

  /** The type of the export's files; nobody writes it over REST (see the hygiene guards). */
  static final String BINARY = "Binary";

  /** Operations on conformance resources that only read them (terminology and validation). */
  static final Set<String> CONFORMANCE_READ_OPERATIONS =
      Set.of("$expand", "$validate-code", "$lookup", "$subsumes", "$translate", "$validate");

  private final Set<String> recordTypes;
  private final Set<String> validatableTypes;
  private final Predicate<String> conformanceType;

  /**
   * @param recordTypes the clinical and administrative resource types clients record (never null)
   * @param validatableTypes the types a submitter may check with {@code $validate} without storing
   *     them: the record types and the submission Bundle (never null)
   * @param conformanceType whether a resource type is a conformance resource (never null)
   */
  public AccessPolicy(
      Set<String> recordTypes, Set<String> validatableTypes, Predicate<String> conformanceType) {
    this.recordTypes = Set.copyOf(recordTypes);
    this.validatableTypes = Set.copyOf(validatableTypes);
    this.conformanceType = Objects.requireNonNull(conformanceType);
  }

  /** The record types of this policy (unmodifiable). */
  public Set<String> recordTypes() {
    return recordTypes;
  }

  /**
   * Whether {@code caller} may make {@code access}.
   *
   * @return empty if allowed, else why not (no personal data in the text)
   */
  public Optional<String> refusal(Caller caller, Access access) {
    Optional<String> byRole = refusalByRole(caller, access);
    if (byRole.isPresent()) {
      return byRole;
    }
    Permission permission = access.interaction().permission();
    String scopeType = access.resourceType() == null ? "*" : access.resourceType();
    if (!caller.permits(scopeType, permission)) {
      return Optional.of(
          "no scope of the token permits '"
              + permission.letter()
              + "' on "
              + scopeType
              + " (granted: "
              + caller.scopes()
              + ")");
    }
    return Optional.empty();
  }

  private Optional<String> refusalByRole(Caller caller, Access access) {
    String type = access.resourceType();
    Interaction interaction = access.interaction();
    Role role = caller.role();
    if (type == null) {
      return systemLevel(caller, access);
    }
    if (conformanceType.test(type)) {
      if (interaction.isRead()
          || (interaction == Interaction.OPERATION
              && CONFORMANCE_READ_OPERATIONS.contains(access.operation()))
          || role == Role.ADMIN) {
        return Optional.empty();
      }
      return refused(role, access, "only the administrator changes conformance resources");
    }
    if (AUDIT_EVENT.equals(type)) {
      if (role == Role.ADMIN && interaction.isRead()) {
        return Optional.empty();
      }
      return refused(
          role, access, "the audit log is read by the administrator and written by the server");
    }
    if (role == Role.STATISTICIAN
        && ((BINARY.equals(type) && interaction == Interaction.READ)
            || ("Group".equals(type)
                && interaction == Interaction.OPERATION
                && "$export".equals(access.operation())))) {
      return Optional.empty();
    }
    if (role == Role.SUBMITTER
        && interaction == Interaction.OPERATION
        && "$validate".equals(access.operation())
        && validatableTypes.contains(type)) {
      return needsOrganisation(caller);
    }
    if (!recordTypes.contains(type)) {
      // Nobody writes these types; the administrator may search for what should not be there.
      return role == Role.ADMIN && interaction.isRead()
          ? Optional.empty()
          : refused(role, access, type + " is not a type this server records");
    }
    return switch (role) {
      case SUBMITTER ->
          needsOrganisation(caller)
              .or(
                  () ->
                      interaction.isRead()
                              || interaction.isWrite()
                              || (interaction == Interaction.OPERATION
                                  && SUBMITTER_OPERATIONS.contains(access.operation()))
                          ? Optional.empty()
                          : refused(role, access, "records are corrected by update, not deleted"));
      case READER ->
          needsOrganisation(caller)
              .or(
                  () ->
                      interaction.isRead()
                              || (interaction == Interaction.OPERATION
                                  && READER_OPERATIONS.contains(access.operation()))
                          ? Optional.empty()
                          : refused(role, access, "a reader only reads"));
      case STATISTICIAN -> refused(role, access, "no personal data over REST for the statistician");
      case ADMIN ->
          // Maintenance: deletion and the maintenance operations (which of them are exposed at all
          // is the hygiene guards' decision); never a read of a record.
          interaction == Interaction.DELETE
                  || (interaction == Interaction.OPERATION
                      && !RECORD_READ_OPERATIONS.contains(access.operation()))
              ? Optional.empty()
              : refused(role, access, "no record reads by the administrator role");
    };
  }

  /** Whole-server interactions: history and search across types, and server operations. */
  private Optional<String> systemLevel(Caller caller, Access access) {
    Role role = caller.role();
    if (access.interaction() == Interaction.OPERATION
        && EXPORT_OPERATIONS.contains(access.operation())) {
      // Not the administrator's either: the export reads every organisation's records.
      return role == Role.STATISTICIAN
          ? Optional.empty()
          : refused(role, access, "the bulk export is for the statistician");
    }
    if (access.interaction() == Interaction.OPERATION
        && FIGURES_OPERATION.equals(access.operation())) {
      // Whose figures (all organisations' or the caller's own) is the operation's decision.
      return switch (role) {
        case STATISTICIAN -> Optional.empty();
        case SUBMITTER, READER -> needsOrganisation(caller);
        case ADMIN ->
            refused(role, access, "the figures are for the statistician and the health centres");
      };
    }
    if (access.interaction() == Interaction.OPERATION) {
      return role == Role.ADMIN
          ? Optional.empty()
          : refused(role, access, "server operations are for the administrator");
    }
    if (access.interaction().isRead() && (role == Role.SUBMITTER || role == Role.READER)) {
      return needsOrganisation(caller);
    }
    return refused(role, access, "not across all types");
  }

  private static Optional<String> needsOrganisation(Caller caller) {
    return caller.organisationOid().isPresent()
        ? Optional.empty()
        : Optional.of(
            "the "
                + caller.role().claimValue()
                + " role acts for an organisation, and the token"
                + " names none");
  }

  private static Optional<String> refused(Role role, Access access, String why) {
    return Optional.of(access + " is not allowed for the " + role.claimValue() + " role: " + why);
  }

  /** The kinds of REST interaction the policy tells apart, each with the SMART letter it needs. */
  public enum Interaction {
    READ(Permission.READ),
    VREAD(Permission.READ),
    HISTORY_INSTANCE(Permission.READ),
    HISTORY_TYPE(Permission.SEARCH),
    SEARCH(Permission.SEARCH),
    CREATE(Permission.CREATE),
    UPDATE(Permission.UPDATE),
    PATCH(Permission.UPDATE),
    DELETE(Permission.DELETE),
    /** A named operation ({@code $examination}, {@code $reindex}…); needs {@code r}. */
    OPERATION(Permission.READ);

    private final Permission permission;

    Interaction(Permission permission) {
      this.permission = permission;
    }

    /** The SMART v2 letter this interaction needs (SMART App Launch 2.0, scopes). */
    public Permission permission() {
      return permission;
    }

    boolean isRead() {
      return permission == Permission.READ && this != OPERATION || permission == Permission.SEARCH;
    }

    boolean isWrite() {
      return this == CREATE || this == UPDATE || this == PATCH;
    }
  }

  /**
   * One access a request makes.
   *
   * @param resourceType the resource type, or null for a whole-server interaction
   * @param interaction what is done
   * @param operation the operation's name with its {@code $}, for {@link Interaction#OPERATION};
   *     null otherwise
   */
  public record Access(String resourceType, Interaction interaction, String operation) {

    public Access {
      Objects.requireNonNull(interaction, "interaction");
    }

    /** An access that is not an operation. */
    public static Access of(String resourceType, Interaction interaction) {
      return new Access(resourceType, interaction, null);
    }

    @Override
    public String toString() {
      String what = interaction == Interaction.OPERATION ? operation : interaction.name();
      return what + " on " + (resourceType == null ? "the server" : resourceType);
    }
  }
}
