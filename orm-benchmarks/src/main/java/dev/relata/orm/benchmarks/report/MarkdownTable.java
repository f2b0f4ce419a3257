package dev.relata.orm.benchmarks.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A markdown table: a header row, then rows; the first column left-aligned, the others
 * right-aligned.
 */
final class MarkdownTable {

	private final List<String> header;

	private final List<List<String>> rows = new ArrayList<>();

	MarkdownTable(List<String> header) {
		this.header = List.copyOf(header);
	}

	MarkdownTable row(List<String> cells) {
		this.rows.add(List.copyOf(cells));
		return this;
	}

	List<List<String>> rows() {
		return this.rows;
	}

	@Override
	public String toString() {
		StringBuilder out = new StringBuilder();
		out.append(line(this.header));
		List<String> alignment = new ArrayList<>();
		for (int i = 0; i < this.header.size(); i++) {
			alignment.add((i == 0) ? "---" : "---:");
		}
		out.append(line(alignment));
		this.rows.forEach((row) -> out.append(line(row)));
		return out.toString();
	}

	private static String line(List<String> cells) {
		return "| " + String.join(" | ", cells) + " |\n";
	}

}
