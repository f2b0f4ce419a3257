package com.example.blog;

import java.util.List;

import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.Table;

@Table("users")
public record User(@Id Long id, String name, Long roleId, List<Post> posts, Role role) {
}
