package dev.relata.orm.boot.autoconfigure.shop;

import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.Table;
import org.jspecify.annotations.Nullable;

@Table("products")
public record Product(@Id @Nullable Long id, String name) {

}
