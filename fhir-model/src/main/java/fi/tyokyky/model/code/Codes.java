package fi.tyokyky.model.code;

import java.util.Objects;

/** Look-up of code-system enum constants by code, shared by the generated {@code fromCode}s. */
public final class Codes {

  private Codes() {}

  /**
   * The constant of a code-system enum with the given code.
   *
   * @param type the enum class; not null
   * @param code the code; null is rejected
   * @param <E> the enum type
   * @return the constant; never null
   * @throws UnknownCodeException if the code is null or no constant has it
   */
  public static <E extends Enum<E> & TyokykyCode> E fromCode(Class<E> type, String code) {
    Objects.requireNonNull(type, "type");
    E[] constants = type.getEnumConstants();
    if (code != null) {
      for (E constant : constants) {
        if (constant.code().equals(code)) {
          return constant;
        }
      }
    }
    throw new UnknownCodeException(constants[0].codeSystem().id(), code);
  }
}
