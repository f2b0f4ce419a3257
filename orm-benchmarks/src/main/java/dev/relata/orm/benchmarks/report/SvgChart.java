package dev.relata.orm.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A hand-written SVG line chart of one {@link ScenarioTable}: time per operation against
 * parent-set size, both axes logarithmic, one polyline per contender and a legend.
 */
final class SvgChart {

	private static final int WIDTH = 780;

	private static final int HEIGHT = 440;

	private static final int LEFT = 80;

	private static final int RIGHT = 560;

	private static final int TOP = 50;

	private static final int BOTTOM = 380;

	private static final String[] COLORS = { "#000000", "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
			"#8c564b", "#e377c2", "#7f7f7f", "#17becf" };

	private final ScenarioTable table;

	private final Range x;

	private final Range y;

	private SvgChart(ScenarioTable table) {
		this.table = table;
		List<Double> sizes = table.sizes().stream().map(Integer::doubleValue).toList();
		List<Double> scores = new ArrayList<>();
		for (int size : table.sizes()) {
			for (String contender : table.contenders()) {
				table.result(size, contender).ifPresent((result) -> scores.add(result.score()));
			}
		}
		this.x = Range.of(sizes);
		this.y = Range.of(scores);
	}

	/**
	 * Renders the chart.
	 * @param table the results of one database and scenario
	 * @return the SVG document
	 */
	static String render(ScenarioTable table) {
		return new SvgChart(table).svg();
	}

	private String svg() {
		StringBuilder svg = new StringBuilder();
		svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		svg.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
						+ "font-family=\"sans-serif\" font-size=\"12\">%n",
				WIDTH, HEIGHT, WIDTH, HEIGHT));
		svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>%n", WIDTH, HEIGHT));
		text(svg, (LEFT + RIGHT) / 2.0, 28, "middle", " font-size=\"15\" font-weight=\"bold\"",
				this.table.scenario() + " on " + this.table.database() + ": time per load (log-log, lower is better)");
		axes(svg);
		for (int i = 0; i < this.table.contenders().size(); i++) {
			line(svg, this.table.contenders().get(i), COLORS[i % COLORS.length]);
			legend(svg, this.table.contenders().get(i), COLORS[i % COLORS.length], i);
		}
		svg.append("</svg>\n");
		return svg.toString();
	}

	private void axes(StringBuilder svg) {
		for (int decade = this.x.low(); decade <= this.x.high(); decade++) {
			double px = px(Math.pow(10, decade));
			svg.append(lineElement(px, TOP, px, BOTTOM, "#e0e0e0"));
			text(svg, px, BOTTOM + 18, "middle", "", count(Math.pow(10, decade)));
		}
		for (int decade = this.y.low(); decade <= this.y.high(); decade++) {
			double py = py(Math.pow(10, decade));
			svg.append(lineElement(LEFT, py, RIGHT, py, "#e0e0e0"));
			text(svg, LEFT - 8, py + 4, "end", "", count(Math.pow(10, decade)));
		}
		svg.append(lineElement(LEFT, BOTTOM, RIGHT, BOTTOM, "#333333"));
		svg.append(lineElement(LEFT, TOP, LEFT, BOTTOM, "#333333"));
		text(svg, (LEFT + RIGHT) / 2.0, BOTTOM + 42, "middle", "", "parents per load (log scale)");
		svg.append(String.format(Locale.ROOT,
				"<text x=\"20\" y=\"%.1f\" text-anchor=\"middle\" transform=\"rotate(-90 20 %.1f)\">%s</text>%n",
				(TOP + BOTTOM) / 2.0, (TOP + BOTTOM) / 2.0,
				escape("time per load, " + this.table.unit() + " (log scale)")));
	}

	private void line(StringBuilder svg, String contender, String color) {
		List<String> points = new ArrayList<>();
		StringBuilder markers = new StringBuilder();
		for (int size : this.table.sizes()) {
			Optional<BenchmarkResult> result = this.table.result(size, contender);
			if (result.isPresent()) {
				double px = px(size);
				double py = py(result.get().score());
				points.add(String.format(Locale.ROOT, "%.1f,%.1f", px, py));
				markers.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n", px,
						py, color));
			}
		}
		String width = ScenarioTable.BASELINE.equals(contender) ? "2.5" : "1.8";
		svg.append(String.format(Locale.ROOT,
				"<polyline data-contender=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%s\" points=\"%s\"/>%n",
				escape(contender), color, width, String.join(" ", points)));
		svg.append(markers);
	}

	private void legend(StringBuilder svg, String contender, String color, int index) {
		double top = TOP + 10 + index * 22;
		svg.append(String.format(Locale.ROOT,
				"<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2.5\"/>%n", RIGHT + 25,
				top, RIGHT + 50, top, color));
		text(svg, RIGHT + 58, top + 4, "start", "", contender);
	}

	private double px(double size) {
		return LEFT + (RIGHT - LEFT) * this.x.fraction(size);
	}

	private double py(double time) {
		return BOTTOM - (BOTTOM - TOP) * this.y.fraction(time);
	}

	private static String lineElement(double x1, double y1, double x2, double y2, String color) {
		return String.format(Locale.ROOT,
				"<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"1\"/>%n", x1, y1,
				x2, y2, color);
	}

	private static void text(StringBuilder svg, double x, double y, String anchor, String attributes, String text) {
		svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\"%s>%s</text>%n", x, y,
				anchor, attributes, escape(text)));
	}

	private static String count(double value) {
		return (value >= 1) ? String.format(Locale.ROOT, "%,d", Math.round(value))
				: String.format(Locale.ROOT, "%s", value);
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	/**
	 * A logarithmic axis range in whole decades.
	 *
	 * @param low the lowest decade (log10)
	 * @param high the highest decade (log10), above {@code low}
	 */
	record Range(int low, int high) {

		static Range of(List<Double> values) {
			double min = values.stream().filter((value) -> value > 0).mapToDouble(Double::doubleValue).min().orElse(1);
			double max = values.stream().filter((value) -> value > 0).mapToDouble(Double::doubleValue).max().orElse(10);
			int low = (int) Math.floor(Math.log10(min));
			int high = (int) Math.ceil(Math.log10(max));
			return new Range(low, Math.max(high, low + 1));
		}

		double fraction(double value) {
			double log = Math.log10(Math.max(value, Math.pow(10, this.low)));
			return (log - this.low) / (this.high - this.low);
		}

	}

}
