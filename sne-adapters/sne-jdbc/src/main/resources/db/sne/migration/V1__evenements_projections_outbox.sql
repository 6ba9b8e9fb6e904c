-- sne-jdbc, schema version 1: the events (the truth), the demand summaries (a projection kept in
-- the append transaction, rebuildable from the events) and the outbox (what must reach the
-- national registry or a partner).
--
-- Every table carries partition_key, the territorial key of the aggregate (for a demand: its
-- registration territory, a département code or 11 for Île-de-France), and every primary or
-- unique key includes it, so that the tables can be partitioned by list on it or distributed
-- on Citus with it as distribution column (see the module's README). No statement of the store
-- touches rows of two partition keys in one transaction.
--
-- Applied by Flyway through org.sne4j.jdbc.SneSchema.migrate(dataSource), with its own history
-- table (sne_schema_history): never by the store at start-up.

-- Global position of the events. Positions are taken under a transaction-level advisory lock
-- held until commit, so that they increase in commit order (see PostgresEventStore).
create sequence sne_events_position_seq as bigint minvalue 1 start with 1 cache 1;

-- The next position, taken under the write lock of the store (a transaction-level advisory lock,
-- released after the commit is visible): the first position a transaction takes waits until every
-- transaction that took one before has committed or rolled back.
create function sne_position(verrou bigint, sequence regclass) returns bigint
    language sql volatile
as $$
    select pg_advisory_xact_lock(verrou);
    select nextval(sequence);
$$;

create table sne_events (
    stream_category varchar(40)  not null,
    stream_id       varchar(100) not null,
    version         bigint       not null,
    partition_key   varchar(10)  not null,
    position        bigint       not null,
    type            varchar(100) not null,
    schema_version  integer      not null,
    payload         jsonb        not null,
    recorded_at     timestamptz  not null,
    correlation_id  varchar(100) not null,
    author_type     varchar(40)  not null,
    author_id       varchar(100) not null,
    author_name     text         not null,
    -- Optimistic concurrency: two writers cannot both record version n of a stream.
    constraint sne_events_stream_version_pk primary key (stream_category, stream_id, version, partition_key),
    constraint sne_events_version_check check (version >= 1),
    constraint sne_events_schema_version_check check (schema_version >= 1)
);

-- Readers of all events (projections, relays) read by position.
create unique index sne_events_position_idx on sne_events (position, partition_key);

comment on table sne_events is 'Append-only events of every stream (sne-jdbc). Never updated nor deleted by the library.';
comment on column sne_events.position is 'Global position, strictly increasing in commit order, possibly with gaps.';
comment on column sne_events.partition_key is 'Territorial key of the stream (EventMetadata.partitionKey): département code or 11.';

create table sne_fiche_demande (
    numero                            varchar(18) collate "C" not null,
    partition_key                     varchar(10) not null,
    version                           bigint      not null,
    date_depot                        date        not null,
    date_fin_validite                 date        not null,
    date_echeance_avis                date        not null,
    avis_envoye                       boolean     not null,
    date_radiation_non_renouvellement date,
    echeance_avertissement            date,
    motif_radiation                   varchar(10),
    date_radiation                    date,
    date_fin_conservation             date,
    communes                          varchar(5)[] not null,
    typologies                        varchar(5)[] not null,
    personnes                         integer     not null,
    prioritaire                       boolean     not null,
    statut_dalo                       varchar(10) not null,
    constraint sne_fiche_demande_pk primary key (numero, partition_key)
);

comment on table sne_fiche_demande is 'Summary (FicheDemande) of each demand at its last version; rebuildable from sne_events.';

create index sne_fiche_demande_territoire_idx on sne_fiche_demande (partition_key, numero);
create index sne_fiche_demande_avis_idx on sne_fiche_demande (date_echeance_avis)
    where motif_radiation is null and not avis_envoye;
create index sne_fiche_demande_radiation_idx on sne_fiche_demande (date_radiation_non_renouvellement)
    where motif_radiation is null and date_radiation_non_renouvellement is not null;
create index sne_fiche_demande_conservation_idx on sne_fiche_demande (date_fin_conservation)
    where date_fin_conservation is not null;
create index sne_fiche_demande_communes_idx on sne_fiche_demande using gin (communes);
create index sne_fiche_demande_typologies_idx on sne_fiche_demande using gin (typologies);

create table sne_outbox (
    id              bigint generated always as identity,
    partition_key   varchar(10)  not null,
    destination     varchar(40)  not null,
    stream_category varchar(40)  not null,
    stream_id       varchar(100) not null,
    version         bigint       not null,
    event_type      varchar(100) not null,
    created_at      timestamptz  not null,
    status          varchar(12)  not null default 'A_TRAITER',
    attempts        integer      not null default 0,
    last_attempt_at timestamptz,
    last_error      text,
    processed_at    timestamptz,
    constraint sne_outbox_pk primary key (id, partition_key),
    constraint sne_outbox_event_destination_key unique (stream_category, stream_id, version, destination, partition_key),
    constraint sne_outbox_status_check check (status in ('A_TRAITER', 'TRAITEE', 'REJETEE'))
);

comment on table sne_outbox is 'Events to deliver (national registry, partners), written in the append transaction; read by a relay.';

create index sne_outbox_pending_idx on sne_outbox (destination, id) where status = 'A_TRAITER';
