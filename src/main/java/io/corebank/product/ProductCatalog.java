package io.corebank.product;

import io.corebank.platform.Money;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Reads product definitions (reference data kept in PRODUCT by the migrations). */
@Service
public class ProductCatalog {
  private final JdbcTemplate jdbc;
  private final Map<String, Product> cache = new ConcurrentHashMap<>();

  public ProductCatalog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Product get(String productCode) {
    return cache.computeIfAbsent(productCode, code -> {
      List<Product> found = jdbc.query("SELECT PRODUCT_CODE, NAME, PRODUCT_KIND, CURRENCY, GL_CODE, TRANSACTIONAL, FLOOR_ENFORCED, "
          + "DEFAULT_LIMIT FROM PRODUCT WHERE PRODUCT_CODE = ?", (rs, i) -> new Product(rs.getString(1), rs.getString(2),
              ProductKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), "Y".equals(rs.getString(6)),
              "Y".equals(rs.getString(7)), Money.toCents(rs.getBigDecimal(8))), code);
      if (found.isEmpty()) throw new IllegalArgumentException("unknown product code '" + code + "'");
      return found.get(0);
    });
  }
}
