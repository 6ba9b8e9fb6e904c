package org.sne4j.nuu;

import java.util.Optional;

/** The interfaceNuu versions the codec reads and writes ({@code @versionInterface}). */
public enum VersionInterface {
  /** Version 02.00. */
  V02_00("02.00"),
  /** Version 02.01 (schema {@code InterfaceNuu_v0201.xsd}); the default. */
  V02_01("02.01");

  private final String code;

  VersionInterface(String code) {
    this.code = code;
  }

  /** The value of the {@code versionInterface} attribute. */
  public String code() {
    return code;
  }

  /** The version whose attribute value is {@code code}, if known. */
  public static Optional<VersionInterface> parCode(String code) {
    for (VersionInterface v : values()) {
      if (v.code.equals(code)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
