/**
 * The Hibernate contender's entities, mapping the benchmark schema
 * ({@code relata_bench}): {@link dev.relata.orm.benchmarks.hibernate.UserEntity},
 * {@link dev.relata.orm.benchmarks.hibernate.PostEntity} and
 * {@link dev.relata.orm.benchmarks.hibernate.TagEntity}, every association lazy, every
 * entity immutable (the benchmarks only read).
 */
package dev.relata.orm.benchmarks.hibernate;
