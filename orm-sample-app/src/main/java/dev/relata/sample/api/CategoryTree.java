package dev.relata.sample.api;

import java.util.List;

import dev.relata.sample.blog.Category;

/**
 * The category tree as {@code GET /api/categories/tree} returns it.
 *
 * @param depth the number of levels loaded: the roots and their descendants down to
 * {@code depth - 1} levels
 * @param complete whether every category is in the tree: no category of the deepest level
 * loaded has children
 * @param roots the root categories, by name
 */
public record CategoryTree(int depth, boolean complete, List<Node> roots) {

	/**
	 * Builds the tree from loaded categories.
	 * @param roots the roots, with {@code children} loaded {@code depth - 1} levels deep
	 * and {@code childrenCount} counted at the deepest level
	 * @param depth the number of levels loaded
	 * @return the tree
	 */
	public static CategoryTree of(List<Category> roots, int depth) {
		List<Node> nodes = roots.stream().map(Node::of).toList();
		return new CategoryTree(depth, roots.stream().allMatch(CategoryTree::complete), nodes);
	}

	private static boolean complete(Category category) {
		List<Category> children = category.children();
		if (children == null) {
			Long count = category.childrenCount();
			return count == null || count == 0;
		}
		return children.stream().allMatch(CategoryTree::complete);
	}

	/**
	 * One category and its children.
	 *
	 * @param id the key
	 * @param name the name
	 * @param children the children, by name; empty for a leaf or below the depth loaded
	 */
	public record Node(Long id, String name, List<Node> children) {

		static Node of(Category category) {
			List<Category> children = category.children();
			Long id = category.id();
			return new Node((id != null) ? id : 0L, category.name(),
					(children != null) ? children.stream().map(Node::of).toList() : List.of());
		}

	}

}
