package dev.relata.orm.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * The normalized result of one load: the parents' keys in order, each with its children's
 * keys in order, nested as deep as the scenario loads. Contenders return their natural
 * types; results are compared as key trees, so any library's result can be checked
 * against the hand-written JDBC baseline.
 *
 * @param roots the parents in the order the parent query returns them
 */
public record KeyTree(List<Node> roots) {

	/**
	 * Creates a key tree.
	 * @param roots the parents
	 */
	public KeyTree {
		roots = List.copyOf(roots);
	}

	/**
	 * Returns the number of nodes per level, e.g. {@code [100, 1000, 3000]}.
	 * @return the counts, from the roots down
	 */
	public List<Integer> levelSizes() {
		List<Integer> sizes = new ArrayList<>();
		List<Node> level = this.roots;
		while (!level.isEmpty()) {
			sizes.add(level.size());
			List<Node> next = new ArrayList<>();
			for (Node node : level) {
				next.addAll(node.children());
			}
			level = next;
		}
		return sizes;
	}

	/**
	 * One key with the keys of what was loaded below it (a to-one gives zero or one
	 * child).
	 *
	 * @param key the key
	 * @param children the children in order
	 */
	public record Node(long key, List<Node> children) {

		/**
		 * Creates a node.
		 * @param key the key
		 * @param children the children
		 */
		public Node {
			children = List.copyOf(children);
		}

		/**
		 * Returns a node without children.
		 * @param key the key
		 * @return the node
		 */
		public static Node leaf(long key) {
			return new Node(key, List.of());
		}

	}

}
