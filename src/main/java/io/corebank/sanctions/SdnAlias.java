package io.corebank.sanctions;

import java.util.Objects;

/**
 * An alternate name of an SDN entry.
 *
 * <p>Strong aliases come from alt.csv ({@code altNum} is its alt_num). Weak aliases ("weak AKAs": nicknames,
 * noms de guerre, very common acronyms) are those OFAC puts in the Remarks column of sdn.csv as
 * {@code a.k.a. 'NAME'} (OFAC FAQ 123); they have {@code altNum} 0 and {@code weak} true. An alt.csv row
 * whose alt_remarks say "weak" is also weak.
 *
 * @param altNum  alt_num, or 0 for a weak alias taken from the remarks
 * @param type    aka, fka or nka
 * @param name    the name as OFAC writes it ("LAST, First" for individuals)
 * @param weak    whether OFAC marks it weak; weak aliases are screened only if {@link ScreeningOptions#useWeakAliases()}
 * @param remarks alt_remarks, or null
 */
public record SdnAlias(int altNum, AliasType type, String name, boolean weak, String remarks) {

  public SdnAlias {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
  }
}
