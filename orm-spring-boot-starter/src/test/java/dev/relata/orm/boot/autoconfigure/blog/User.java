package dev.relata.orm.boot.autoconfigure.blog;

import java.util.List;

import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.Table;
import org.jspecify.annotations.Nullable;

@Table("users")
public record User(@Id @Nullable Long id, String name, @Nullable Long roleId, @Nullable List<Post> posts,
		@Nullable Role role) {

	public User(String name, @Nullable Long roleId) {
		this(null, name, roleId, null, null);
	}

}
