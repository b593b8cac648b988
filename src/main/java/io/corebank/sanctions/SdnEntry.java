package io.corebank.sanctions;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One row of sdn.csv with the aliases (alt.csv, plus the weak ones of its remarks) and addresses (add.csv)
 * that name its ent_num.
 *
 * @param entNum    ent_num, OFAC's unique id of the listing
 * @param name      SDN_Name as written ("LAST, First Middle" for individuals)
 * @param type      individual, entity, vessel or aircraft
 * @param programs  the sanctions programs, e.g. [SDGT, IFSR] for the Program value {@code SDGT] [IFSR}
 * @param title     Title, or null
 * @param remarks   Remarks, or null
 * @param aliases   strong aliases in alt.csv order, then weak aliases in remarks order
 * @param addresses addresses in add.csv order
 */
public record SdnEntry(int entNum, String name, SdnType type, List<String> programs, String title, String remarks,
                       List<SdnAlias> aliases, List<SdnAddress> addresses) {

  public SdnEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    programs = List.copyOf(programs);
    aliases = List.copyOf(aliases);
    addresses = List.copyOf(addresses);
  }

  /** The distinct countries of the addresses, in add.csv order. */
  public List<String> countries() {
    Set<String> countries = new LinkedHashSet<>();
    for (SdnAddress address : addresses) {
      if (address.country() != null) {
        countries.add(address.country());
      }
    }
    return List.copyOf(countries);
  }
}
