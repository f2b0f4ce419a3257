package dev.relata.sample.blog;

import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.Table;
import org.jspecify.annotations.Nullable;

/**
 * The join model of Post's {@code tags}: one row per (post, tag), with an extra column
 * saying who tagged it ({@code seed}, {@code api}; {@code null} when a nested
 * {@code connect} linked it, since connect takes no extras).
 *
 * @param postId the post's key
 * @param tagId the tag's key
 * @param addedBy who added the tag, or {@code null}
 */
@Table("post_tags")
public record PostTag(@Id Long postId, @Id Long tagId, @Nullable String addedBy) {

}
