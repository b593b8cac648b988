package io.corebank.sanctions;

/**
 * An address of an SDN entry from add.csv; every text field may be null (OFAC's {@code -0- }).
 *
 * @param addNum            add_num
 * @param address           street address
 * @param cityStatePostal   city, state or province, postal code
 * @param country           country
 * @param remarks           add_remarks
 */
public record SdnAddress(int addNum, String address, String cityStatePostal, String country, String remarks) {
}
