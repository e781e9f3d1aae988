package fi.tyokyky.model.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import fi.tyokyky.model.code.UnknownCodeException;

/**
 * Who did something: the examination's client, a professional in a role, or an organisation (for
 * example who performed an observation, who expressed a goal, who answered a questionnaire).
 *
 * @param kind the kind of actor; never null
 * @param key the key of the {@link ProfessionalRole} or {@link Organisation}; null for the client,
 *     who is the examination's own
 */
public record Actor(Kind kind, BusinessIdentifier key) {

  private static final String RECORD = "Actor";

  /**
   * The kinds of actor. JSON form: {@code client}, {@code professional-role}, {@code organisation}.
   */
  public enum Kind {
    /** The examination's client (Patient). */
    CLIENT("client"),
    /** A {@link ProfessionalRole} (PractitionerRole). */
    PROFESSIONAL_ROLE("professional-role"),
    /** An {@link Organisation} (Organization). */
    ORGANISATION("organisation");

    private final String jsonName;

    Kind(String jsonName) {
      this.jsonName = jsonName;
    }

    /** The JSON form; never null. */
    @JsonValue
    public String jsonName() {
      return jsonName;
    }

    /**
     * The kind with the given JSON form.
     *
     * @throws UnknownCodeException if the name is null or unknown
     */
    @JsonCreator
    public static Kind fromJsonName(String name) {
      for (Kind kind : values()) {
        if (kind.jsonName.equals(name)) {
          return kind;
        }
      }
      throw new UnknownCodeException("actor kinds", name);
    }
  }

  /** Checks that the key is present exactly when the actor is not the client. */
  public Actor {
    Check.required(kind, RECORD, "kind");
    Check.that(
        kind == Kind.CLIENT ? key == null : key != null,
        RECORD,
        "key",
        kind == Kind.CLIENT ? "the client has no key of its own here" : "is required");
  }

  /** The examination's client. */
  public static Actor client() {
    return new Actor(Kind.CLIENT, null);
  }

  /** A professional in a role, by the role's key. */
  public static Actor role(BusinessIdentifier roleKey) {
    return new Actor(Kind.PROFESSIONAL_ROLE, roleKey);
  }

  /** An organisation, by its key. */
  public static Actor organisation(BusinessIdentifier organisationKey) {
    return new Actor(Kind.ORGANISATION, organisationKey);
  }
}
