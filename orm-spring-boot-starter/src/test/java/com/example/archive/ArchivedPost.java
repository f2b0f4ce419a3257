package com.example.archive;

import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.Table;

@Table("archived_posts")
public record ArchivedPost(@Id Long id, String title) {
}
