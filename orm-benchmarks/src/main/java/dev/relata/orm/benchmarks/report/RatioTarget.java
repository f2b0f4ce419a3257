package dev.relata.orm.benchmarks.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A target on the ratio of two times per load: a contender's time over another's (or over
 * the fastest of several, where the report names which), at most or at least a bound,
 * from a parent-set size on. A cell whose ratio misses the bound is
 * {@link Target.Verdict#WITHIN_ERROR} when the ratio JMH's errors allow at the favourable
 * end still meets it. A refused denominator ("not supported yet") is left out of the
 * fastest; a cell without any denominator is not judged.
 *
 * @param title the target as stated
 * @param numerator the contender whose time is judged
 * @param denominators the contender (or contenders, of which the fastest counts) it is
 * compared with
 * @param bound the bound
 * @param atMost whether the ratio must be at most the bound (else at least)
 * @param fromParents the smallest size judged; smaller sizes are shown, not judged, when
 * {@code showBelow}
 * @param showBelow whether to show the ratio below {@code fromParents} as "not judged"
 * @param scenario the one scenario the target is about, or {@code null} for every one
 */
record RatioTarget(String title, String numerator, List<String> denominators, double bound, boolean atMost,
		int fromParents, boolean showBelow, @Nullable String scenario) implements Target {

	@Override
	public String note() {
		return (this.denominators.size() > 1) ? "A cell is AUTO's time over the fastest of "
				+ String.join(", ", this.denominators) + " in that cell, which it names." : "";
	}

	@Override
	public Optional<Judgement> judge(ScenarioTable table, int size) {
		if (this.scenario != null && !this.scenario.equals(table.scenario())) {
			return Optional.empty();
		}
		if (size < this.fromParents && !this.showBelow) {
			return Optional.empty();
		}
		Optional<BenchmarkResult> numerator = table.result(size, this.numerator);
		Optional<BenchmarkResult> denominator = this.denominators.stream()
			.map((contender) -> table.result(size, contender))
			.flatMap(Optional::stream)
			.min(Comparator.comparingDouble(BenchmarkResult::score));
		if (numerator.isEmpty() || denominator.isEmpty()) {
			return Optional.empty();
		}
		BenchmarkResult a = numerator.get();
		BenchmarkResult b = denominator.get();
		double ratio = a.score() / b.score();
		String value = format(ratio) + (this.atMost ? "" : "x")
				+ ((this.denominators.size() > 1) ? " (" + shortName(b.contender()) + ")" : "");
		List<String> timed = List.of(a.contender(), b.contender());
		if (size < this.fromParents) {
			return Optional.of(new Judgement(value + " (not judged)", Verdict.NOT_JUDGED, timed));
		}
		return Optional.of(new Judgement(value, verdict(ratio, a, b), timed));
	}

	private Verdict verdict(double ratio, BenchmarkResult a, BenchmarkResult b) {
		if (this.atMost ? ratio <= this.bound : ratio >= this.bound) {
			return Verdict.MET;
		}
		double favourable = this.atMost ? (a.score() - a.errorOrZero()) / (b.score() + b.errorOrZero())
				: (a.score() + a.errorOrZero()) / Math.max(b.score() - b.errorOrZero(), Double.MIN_VALUE);
		boolean reached = this.atMost ? favourable <= this.bound : favourable >= this.bound;
		return reached ? Verdict.WITHIN_ERROR : Verdict.MISSED;
	}

	private static String shortName(String contender) {
		return contender.startsWith("RELATA_") ? contender.substring("RELATA_".length()) : contender;
	}

	static String format(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

}
