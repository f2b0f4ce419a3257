/**
 * The Hibernate contender's entities, mapping the benchmark schema
 * ({@code relata_bench}): {@link dev.relata.orm.benchmarks.hibernate.UserEntity},
 * {@link dev.relata.orm.benchmarks.hibernate.PostEntity} and
 * {@link dev.relata.orm.benchmarks.hibernate.TagEntity}, and the Chinook tables
 * ({@code relata_chinook}): {@link dev.relata.orm.benchmarks.hibernate.TrackEntity} and
 * {@link dev.relata.orm.benchmarks.hibernate.PlaylistEntity}; every association lazy,
 * every entity immutable (the benchmarks only read).
 */
package dev.relata.orm.benchmarks.hibernate;
