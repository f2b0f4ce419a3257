package dev.relata.orm.boot.app;

import dev.relata.orm.boot.autoconfigure.OrmModelScan;
import dev.relata.orm.boot.autoconfigure.blog.User;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application on the starter, started by the full-context tests against
 * each database: the blog models, relations whose {@code onDelete} is a property, Flyway
 * migrations that create the tables without foreign keys, and a transactional service.
 */
@SpringBootApplication
@OrmModelScan(basePackageClasses = User.class)
public class BlogTestApplication {

}
