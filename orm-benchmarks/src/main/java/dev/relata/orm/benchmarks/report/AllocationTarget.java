package dev.relata.orm.benchmarks.report;

import java.util.Locale;
import java.util.Optional;

/**
 * The allocation target: AUTO allocates no more bytes per loaded row than it did in the
 * baseline run ({@link AllocationBaseline}), in every cell the baseline has, compared in
 * whole bytes as the report shows them. A cell above the baseline is
 * {@link Target.Verdict#WITHIN_ERROR} when the allocation minus JMH's error is not.
 *
 * @param baseline the bytes per loaded row of the baseline run
 */
record AllocationTarget(AllocationBaseline baseline) implements Target {

	static final String CONTENDER = "RELATA_AUTO";

	@Override
	public String title() {
		return "AUTO's bytes allocated per loaded row: no more than in the baseline run";
	}

	@Override
	public String note() {
		return "A cell is this run's bytes per loaded row, then the baseline's (" + this.baseline.description() + ").";
	}

	@Override
	public Optional<Judgement> judge(ScenarioTable table, int size) {
		Optional<BenchmarkResult> auto = table.result(size, CONTENDER);
		Optional<Double> before = this.baseline.bytesPerRow(table.database(), table.scenario(), size);
		Optional<Double> now = auto.flatMap(BenchmarkResult::allocatedBytesPerRow);
		if (before.isEmpty() || now.isEmpty()) {
			return Optional.empty();
		}
		String value = String.format(Locale.ROOT, "%,.0f (%,.0f)", now.get(), before.get());
		long limit = Math.round(before.get());
		if (Math.round(now.get()) <= limit) {
			return Optional.of(new Judgement(value, Verdict.MET));
		}
		boolean reached = Math.round(auto.get().lowestAllocatedBytesPerRow().orElseThrow()) <= limit;
		return Optional.of(new Judgement(value, reached ? Verdict.WITHIN_ERROR : Verdict.MISSED));
	}

}
