package dev.relata.sample.blog;

import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.Table;
import org.jspecify.annotations.Nullable;

/**
 * A tag of posts ({@code java}, {@code sql}, ...).
 *
 * @param id the key
 * @param name the unique name
 */
@Table("tags")
public record Tag(@Id @Nullable Long id, String name) {

}
