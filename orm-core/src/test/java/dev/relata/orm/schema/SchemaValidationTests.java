package dev.relata.orm.schema;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.relata.orm.exception.OrmSchemaException;
import dev.relata.orm.exception.OrmUsageException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class SchemaValidationTests {

	@Test
	void modelWithoutKeyIsRefused() {
		assertThatExceptionOfType(OrmSchemaException.class).isThrownBy(() -> build(NoKey.class))
			.withMessage("NoKey: no key; annotate the key property with @dev.relata.orm.schema.Id or name it 'id'");
	}

	@Test
	void twoPropertiesOnOneColumnAreRefused() {
		assertThatExceptionOfType(OrmSchemaException.class).isThrownBy(() -> build(SameColumn.class))
			.withMessage("SameColumn.title: column 'name' is already mapped by SameColumn.name; "
					+ "give one of them another @Column name");
	}

	@Test
	void unsupportedTypeNamesTheSupportedOnesAndTheConverterFix() {
		assertThatExceptionOfType(OrmSchemaException.class).isThrownBy(() -> build(Timed.class))
			.withMessageStartingWith("Timed.timeout: type java.time.Duration is not supported; supported types are "
					+ "boolean, byte, short, int, long, float, double, char and their boxes, String, BigDecimal")
			.withMessageEndingWith("; register a ValueConverter for Duration with OrmSchema.builder().converters(...)");
	}

	@Test
	void unsupportedTypeIsAcceptedWithAConverter() {
		OrmSchema schema = OrmSchema.builder()
			.models(Timed.class)
			.converters(ValueConverter.of(Duration.class, Long.class, Duration::toMillis, Duration::ofMillis))
			.build();

		ModelProperty timeout = schema.model(Timed.class).property("timeout");
		assertThat(timeout.columnType()).isEqualTo(Long.class);
		assertThat(schema.conversions().toColumnValue(Duration.ofSeconds(2), timeout)).isEqualTo(2000L);
		assertThat(schema.conversions().toPropertyValue(1500L, timeout)).isEqualTo(Duration.ofMillis(1500));
		assertThat(schema.conversions().toColumnValue(null, timeout)).isNull();
	}

	@Test
	void converterToAnUnsupportedColumnTypeIsRefused() {
		assertThatExceptionOfType(OrmSchemaException.class)
			.isThrownBy(() -> OrmSchema.builder()
				.models(Timed.class)
				.converters(ValueConverter.of(Duration.class, Map.class, (d) -> Map.of(), (m) -> Duration.ZERO))
				.build())
			.withMessageStartingWith("ValueConverter for java.time.Duration: its column type java.util.Map is not "
					+ "supported; use one of boolean");
	}

	@Test
	void propertyTypedAsAModelOutsideTheSchemaSuggestsAddingIt() {
		assertThatExceptionOfType(OrmSchemaException.class).isThrownBy(() -> build(Owned.class))
			.withMessageStartingWith("Owned.owner: type " + Person.class.getTypeName() + " is not supported;")
			.withMessageEndingWith("; or add Person to OrmSchema.builder().models(...) if it is a model");
	}

	@Test
	void propertyNamedLikeAnotherPropertysColumnIsRefused() {
		assertThatExceptionOfType(OrmSchemaException.class).isThrownBy(() -> build(Ambiguous.class))
			.withMessage("Ambiguous.code: the name 'code' is also the column of Ambiguous.label, so it would be "
					+ "ambiguous in queries; rename the property or give Ambiguous.label another @Column name");
	}

	@Test
	void springDataIdIsRefusedWithTheRelataAnnotationAsFix() {
		assertThatExceptionOfType(OrmSchemaException.class).isThrownBy(() -> build(SpringDataKeyed.class))
			.withMessage("SpringDataKeyed.key: @org.springframework.data.annotation.Id is not read by Relata; "
					+ "use dev.relata.orm.schema.Id");
	}

	@Test
	void jakartaEntityTableAndIdAreRefusedTogether() {
		assertThatExceptionOfType(OrmSchemaException.class).isThrownBy(() -> build(JpaEntity.class))
			.withMessageContaining("The schema has 3 problems:")
			.withMessageContaining("- JpaEntity: @jakarta.persistence.Entity is not read by Relata; "
					+ "use dev.relata.orm.schema.Table")
			.withMessageContaining("- JpaEntity: @jakarta.persistence.Table is not read by Relata; "
					+ "use dev.relata.orm.schema.Table")
			.withMessageContaining(
					"- JpaEntity.id: @jakarta.persistence.Id is not read by Relata; " + "use dev.relata.orm.schema.Id");
	}

	@Test
	void foreignIdOnAGetterOfAPlainClassIsRefused() {
		assertThatExceptionOfType(OrmSchemaException.class).isThrownBy(() -> build(GetterKeyed.class))
			.withMessage("GetterKeyed.id: @org.springframework.data.annotation.Id is not read by Relata; "
					+ "use dev.relata.orm.schema.Id");
	}

	@Test
	void slotCannotBeTheKey() {
		assertThatExceptionOfType(OrmSchemaException.class).isThrownBy(() -> build(SlotKey.class))
			.withMessageContaining("SlotKey.children: a RELATION_SLOT cannot be a key; put @Id on a column property");
	}

	@Test
	void arrayColumnCannotBeTheKey() {
		assertThatExceptionOfType(OrmSchemaException.class).isThrownBy(() -> build(ArrayKey.class))
			.withMessageContaining("ArrayKey.ids: a List (an array column) cannot be a key");
	}

	@Test
	void classWithoutNoArgConstructorIsRefused() {
		assertThatExceptionOfType(OrmSchemaException.class).isThrownBy(() -> build(NoDefaultConstructor.class))
			.withMessage("NoDefaultConstructor: a model class needs a no-arg constructor (any visibility); "
					+ "add one or make it a record");
	}

	@Test
	void innerClassIsToldToBeStatic() {
		assertThatExceptionOfType(OrmSchemaException.class).isThrownBy(() -> build(Inner.class))
			.withMessageEndingWith("add one or make it a record; make the nested class static");
	}

	@Test
	void finalFieldInAPlainClassIsRefused() {
		assertThatExceptionOfType(OrmSchemaException.class).isThrownBy(() -> build(FinalField.class))
			.withMessage("FinalField.name: a final field cannot be set when rows are read; remove 'final' or make "
					+ "FinalField a record");
	}

	@Test
	void sameModelGivenTwiceIsRefused() {
		assertThatExceptionOfType(OrmSchemaException.class)
			.isThrownBy(() -> OrmSchema.builder().models(Versioned.class).models(List.of(Versioned.class)).build())
			.withMessageStartingWith("Versioned: given twice to OrmSchema.builder().models(...)")
			.withMessageEndingWith("; list each model once");
	}

	@Test
	void twoModelsOnOneTableAreRefused() {
		assertThatExceptionOfType(OrmSchemaException.class)
			.isThrownBy(() -> OrmSchema.builder().models(Person.class, Member.class).build())
			.withMessage("Member: table 'PEOPLE' is already mapped by Person; give one of them another @Table name");
	}

	@Test
	void primitiveVersionAndPrimitiveKeyAreFine() {
		assertThatNoException().isThrownBy(() -> build(Versioned.class));
	}

	@Test
	void nonIntegralVersionIsRefused() {
		assertThatExceptionOfType(OrmSchemaException.class).isThrownBy(() -> build(TextVersion.class))
			.withMessage("TextVersion.version: a @Version property must be a short, int or long column "
					+ "(primitive or boxed), not java.lang.String");
	}

	@Test
	void unknownModelTypeNamesTheModels() {
		OrmSchema schema = build(Versioned.class);

		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(() -> schema.model(Timed.class))
			.withMessage(Timed.class.getName() + " is not a model of this schema; its models are: Versioned; "
					+ "add it with OrmSchema.builder().models(...)");
	}

	private static OrmSchema build(Class<?> type) {
		return OrmSchema.builder().models(type).build();
	}

	record NoKey(String name) {
	}

	record SameColumn(Long id, String name, @Column("name") String title) {
	}

	record Timed(Long id, Duration timeout) {
	}

	record Ambiguous(Long id, @Column("code") String label, @Column("other") String code) {
	}

	record SpringDataKeyed(@org.springframework.data.annotation.Id Long key, Long id) {
	}

	@jakarta.persistence.Entity
	@jakarta.persistence.Table(name = "jpa")
	static class JpaEntity {

		@jakarta.persistence.Id
		private Long id;

	}

	static class GetterKeyed {

		private Long id;

		@org.springframework.data.annotation.Id
		public Long getId() {
			return this.id;
		}

	}

	record SlotKey(@Id List<SlotKey> children, String name) {
	}

	record ArrayKey(@Id List<Long> ids, String name) {
	}

	static class NoDefaultConstructor {

		private Long id;

		NoDefaultConstructor(Long id) {
			this.id = id;
		}

	}

	class Inner {

		private Long id;

	}

	static class FinalField {

		private Long id;

		private final String name = "x";

	}

	@Table("people")
	record Person(Long id) {
	}

	@Table("PEOPLE")
	record Member(Long id) {
	}

	record Owned(Long id, Person owner) {
	}

	record Versioned(@Id long number, @Version int version) {
	}

	record TextVersion(Long id, @Version String version) {
	}

}
