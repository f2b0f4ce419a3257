package dev.relata.orm.boot.autoconfigure.blog;

import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.Table;
import org.jspecify.annotations.Nullable;

@Table("roles")
public record Role(@Id @Nullable Long id, String name) {

}
