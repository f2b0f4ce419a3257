package dev.relata.orm.benchmarks.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A markdown table: a header row, then rows; the first column left-aligned, the others
 * right-aligned when they hold numbers.
 */
final class MarkdownTable {

	private final List<String> header;

	private final boolean numeric;

	private final List<List<String>> rows = new ArrayList<>();

	MarkdownTable(List<String> header) {
		this(header, true);
	}

	MarkdownTable(List<String> header, boolean numeric) {
		this.header = List.copyOf(header);
		this.numeric = numeric;
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
			alignment.add((i == 0 || !this.numeric) ? "---" : "---:");
		}
		out.append(line(alignment));
		this.rows.forEach((row) -> out.append(line(row)));
		return out.toString();
	}

	private static String line(List<String> cells) {
		return "| " + String.join(" | ", cells) + " |\n";
	}

}
