package dev.relata.sample.api;

import java.util.function.Consumer;

import dev.relata.orm.OrmRepository;
import dev.relata.orm.query.RelationQuery;
import dev.relata.sample.blog.Category;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The category tree.
 * <p>
 * <strong>A fixed depth, not a recursive load.</strong> Relata plans a load before any
 * SQL runs: one statement per relation and level, which {@code explain()} shows and a
 * test can count. A recursive load ("children until there are none") cannot be planned:
 * whether to read another level depends on the rows of the last one, so it would cost a
 * round trip per level found at run time, the data-dependent plan Relata's loading is
 * designed to avoid. The blog's tree is three levels deep, so the endpoint loads
 * {@value #DEPTH} levels (roots and three levels of children, each level one batched
 * statement: 4 statements however many categories there are) and counts the children of
 * the deepest level: {@code complete} turns false, rather than the tree being cut
 * silently, if categories ever nest deeper.
 */
@RestController
@RequestMapping("/api/categories")
public class CategoryController {

	/**
	 * The number of levels loaded, roots included.
	 */
	public static final int DEPTH = 4;

	private final OrmRepository<Category> categories;

	/**
	 * Creates the controller.
	 * @param categories the categories' repository
	 */
	public CategoryController(OrmRepository<Category> categories) {
		this.categories = categories;
	}

	/**
	 * {@code GET /api/categories/tree}.
	 * @return the roots, by name, with their children, by name
	 */
	@GetMapping("/tree")
	public CategoryTree tree() {
		return CategoryTree.of(this.categories.query()
			.whereNull("parentId")
			.orderBy("name")
			.load("children", levels(DEPTH - 1))
			.many(), DEPTH);
	}

	// children.children.children, each ordered by name; the deepest also counts its own
	private static Consumer<RelationQuery<?>> levels(int levels) {
		return (children) -> {
			children.orderBy("name");
			if (levels > 1) {
				children.load("children", levels(levels - 1));
			}
			else {
				children.withCount("children");
			}
		};
	}

}
