package com.example.blog;

import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.Table;

@Table("posts")
public record Post(@Id Long id, String title, Long userId) {
}
