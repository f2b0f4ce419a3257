package dev.relata.sample.blog;

import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.Table;
import org.jspecify.annotations.Nullable;

/**
 * A comment on a post or on a user's wall: a polymorphic relation whose type column holds
 * the morph alias of the commented model ({@code post} or {@code user}) and whose id
 * column holds its key.
 *
 * @param id the key
 * @param commentableType {@code post} or {@code user}
 * @param commentableId the key of the post or user
 * @param body the text
 * @param commentable the post or user (morphTo), when loaded
 */
@Table("comments")
public record Comment(@Id @Nullable Long id, String commentableType, Long commentableId, String body,
		@Nullable Object commentable) {

}
