package vn.hailong.api.kiosk;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface KioskRepository extends CrudRepository<Kiosk, Long> {

  Optional<Kiosk> findByTokenHash(String tokenHash);

  boolean existsByCode(String code);

  Optional<Kiosk> findByCode(String code);

  /** Every kiosk of one unit moves to another: the re-pointing after a reorganisation. */
  @Query("UPDATE kiosk SET unit_id = :to WHERE unit_id = :from")
  int repoint(long from, long to);
}
