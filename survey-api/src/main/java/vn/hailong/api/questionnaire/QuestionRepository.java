package vn.hailong.api.questionnaire;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface QuestionRepository extends GenericRepository<Question, String> {

  List<Question> findAll();
}
