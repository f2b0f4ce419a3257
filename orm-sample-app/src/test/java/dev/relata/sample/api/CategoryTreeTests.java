package dev.relata.sample.api;

import java.util.List;

import dev.relata.sample.blog.Category;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Building the category tree from loaded categories, without a database.
 */
class CategoryTreeTests {

	@Test
	void aTreeWhoseDeepestLevelHasNoChildrenIsComplete() {
		Category leaf = category(3L, "Spring", null, 0L);
		Category root = category(1L, "Programming", List.of(category(2L, "Java", List.of(leaf), null)), null);
		CategoryTree tree = CategoryTree.of(List.of(root), 3);
		assertThat(tree.complete()).isTrue();
		assertThat(tree.roots()).containsExactly(new CategoryTree.Node(1L, "Programming",
				List.of(new CategoryTree.Node(2L, "Java", List.of(new CategoryTree.Node(3L, "Spring", List.of()))))));
	}

	@Test
	void aCategoryWithChildrenBelowTheDepthLoadedMakesTheTreeIncomplete() {
		Category deep = category(3L, "Spring", null, 2L);
		Category root = category(1L, "Programming", List.of(category(2L, "Java", List.of(deep), null)), null);
		assertThat(CategoryTree.of(List.of(root), 3).complete()).isFalse();
	}

	private static Category category(Long id, String name, @Nullable List<Category> children,
			@Nullable Long childrenCount) {
		return new Category(id, name, null, null, children, null, childrenCount);
	}

}
