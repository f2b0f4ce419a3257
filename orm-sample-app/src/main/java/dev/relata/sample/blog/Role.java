package dev.relata.sample.blog;

import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.Table;
import org.jspecify.annotations.Nullable;

/**
 * A role users belong to ({@code admin}, {@code editor}, {@code author}, {@code reader}).
 *
 * @param id the key
 * @param name the unique name
 */
@Table("roles")
public record Role(@Id @Nullable Long id, String name) {

}
