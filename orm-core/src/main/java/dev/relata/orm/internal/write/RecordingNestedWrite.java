package dev.relata.orm.internal.write;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import dev.relata.orm.exception.OrmUsageException;
import org.jspecify.annotations.Nullable;
import dev.relata.orm.write.NestedWrite;

/**
 * Records the calls on a {@link NestedWrite} as {@link WriteOperation}s.
 *
 * @param <T> the model written
 */
final class RecordingNestedWrite<T> implements NestedWrite<T> {

	private final List<WriteOperation> operations = new ArrayList<>();

	static <T> List<WriteOperation> record(Consumer<NestedWrite<T>> writes) {
		RecordingNestedWrite<T> recorder = new RecordingNestedWrite<>();
		writes.accept(recorder);
		return List.copyOf(recorder.operations);
	}

	@Override
	public NestedWrite<T> set(String property, @Nullable Object value) {
		this.operations.add(new WriteOperation.SetValue(Objects.requireNonNull(property, "property"), value));
		return this;
	}

	@Override
	public NestedWrite<T> connect(String relation, Object... ids) {
		this.operations.add(new WriteOperation.Connect(relation, ids("connect", relation, Arrays.asList(ids))));
		return this;
	}

	@Override
	public NestedWrite<T> connect(String relation, Collection<?> ids) {
		this.operations.add(new WriteOperation.Connect(relation, ids("connect", relation, ids)));
		return this;
	}

	@Override
	public NestedWrite<T> disconnect(String relation, Object... ids) {
		this.operations.add(new WriteOperation.Disconnect(relation, ids("disconnect", relation, Arrays.asList(ids)),
				ids.length == 0));
		return this;
	}

	@Override
	public NestedWrite<T> disconnect(String relation, Collection<?> ids) {
		this.operations.add(new WriteOperation.Disconnect(relation, ids("disconnect", relation, ids), false));
		return this;
	}

	@Override
	public <R> NestedWrite<T> create(String relation, R entity) {
		return create(relation, entity, (nested) -> {
		});
	}

	@Override
	public <R> NestedWrite<T> create(String relation, R entity, Consumer<NestedWrite<R>> nested) {
		if (entity == null) {
			throw new OrmUsageException("create(\"" + relation + "\", null): give the row to insert");
		}
		this.operations.add(new WriteOperation.Create(relation, entity, record(nested)));
		return this;
	}

	private static List<Object> ids(String operation, String relation, Collection<?> ids) {
		List<Object> list = new ArrayList<>(ids.size());
		for (Object id : ids) {
			if (id == null) {
				throw new OrmUsageException(
						operation + "(\"" + relation + "\", ...) got a null id; pass the keys of " + "existing rows");
			}
			list.add(id);
		}
		return list;
	}

}
