package com.example.blog;

import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.Table;

@Table("roles")
public record Role(@Id Long id, String name) {
}
