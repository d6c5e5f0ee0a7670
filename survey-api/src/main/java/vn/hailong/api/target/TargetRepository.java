package vn.hailong.api.target;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface TargetRepository extends CrudRepository<TargetEntry, Long> {

  Optional<TargetEntry> findByTargetKey(String targetKey);

  List<TargetEntry> findByYear(int year);

  // a year without targets of its own keeps the latest earlier year's (TargetRule)
  List<TargetEntry> findByYearLessThanEquals(int year);
}
