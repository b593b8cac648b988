package io.corebank.sanctions;

/** The SDN_Type column of sdn.csv; OFAC leaves it empty ({@code -0- }) for entities. */
public enum SdnType {
  INDIVIDUAL, ENTITY, VESSEL, AIRCRAFT;

  /** The enum for a SDN_Type value; {@code null} (the {@code -0- } null) is an entity. */
  static SdnType of(String value) {
    if (value == null) {
      return ENTITY;
    }
    return switch (value) {
      case "individual" -> INDIVIDUAL;
      case "vessel" -> VESSEL;
      case "aircraft" -> AIRCRAFT;
      default -> throw new IllegalArgumentException("unknown SDN_Type '" + value + "'");
    };
  }
}
