/**
 * The JSON adapter of sne (Jackson 3): the {@linkplain org.sne4j.json.SneJsonModule module} that
 * reads and writes every record and enum of the domain with stable French names, the {@linkplain
 * org.sne4j.json.TypeRegistry registry} of stable type identifiers, the {@linkplain
 * org.sne4j.json.JacksonEventSerializer event serializer} with its {@linkplain
 * org.sne4j.json.UpcasterChain upcaster chain} for older stored versions, and the {@linkplain
 * org.sne4j.json.JsonValidator validation} of inbound documents against the published JSON
 * Schemas, with the core's violation codes.
 *
 * <p>Rules of the package: the core never sees Jackson (everything the core would say with
 * annotations is said here, from outside); a JSON name, a type identifier or a schema version
 * never changes once released — a change of format is a new version with an upcaster; reading is
 * strict and bounded, and a failure is always a documented error, never a partial value.
 */
package org.sne4j.json;
