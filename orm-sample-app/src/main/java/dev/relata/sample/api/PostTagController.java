package dev.relata.sample.api;

import java.util.List;
import java.util.Map;

import dev.relata.orm.OrmRepository;
import dev.relata.orm.write.SyncResult;
import dev.relata.sample.blog.Post;
import dev.relata.sample.blog.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A post's tags, set as a whole: the pivot rows of the many-to-many are synced to the
 * keys given.
 */
@RestController
@RequestMapping("/api/posts")
public class PostTagController {

	private final OrmRepository<Post> posts;

	private final NewUserReferences references;

	/**
	 * Creates the controller.
	 * @param posts the posts' repository
	 * @param references checks that tags exist
	 */
	public PostTagController(OrmRepository<Post> posts, NewUserReferences references) {
		this.posts = posts;
		this.references = references;
	}

	/**
	 * {@code PUT /api/posts/1/tags} with body {@code [1,2,3]}: makes the post's tags
	 * exactly these. New pivot rows get {@code added_by = 'api'}.
	 * @param id the post's key
	 * @param tagIds the keys of existing tags
	 * @return the tag keys attached and detached, ascending
	 */
	@PutMapping("/{id}/tags")
	public SyncResult tags(@PathVariable long id, @RequestBody List<@Nullable Long> tagIds) {
		Post post = this.posts.findById(id).orElseThrow(() -> new NotFoundException("Post", id));
		List<Long> ids = checked(tagIds);
		this.references.checkTags("body", ids);
		return this.posts.related(post, "tags", Tag.class).sync(ids, Map.of("addedBy", "api"));
	}

	private static List<Long> checked(List<@Nullable Long> tagIds) {
		FieldErrors errors = new FieldErrors();
		for (int i = 0; i < tagIds.size(); i++) {
			if (tagIds.get(i) == null) {
				errors.add("body[" + i + "]", "a tag key cannot be null");
			}
		}
		errors.throwIfAny();
		return tagIds.stream().map(Long.class::cast).toList();
	}

}
