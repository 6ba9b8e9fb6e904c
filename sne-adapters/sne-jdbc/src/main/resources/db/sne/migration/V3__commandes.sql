-- sne-jdbc, schema version 3: the commands recorded with the events they produced, so that a
-- command sent again under the same identifier (a desk's retry after a time-out, a restarted
-- relay) is recognised: the same command gives back its first result, another one is refused.
-- Written in the append transaction; the key refuses a second write of the same identifier.

create table sne_commande (
    identifiant     varchar(100) not null,
    partition_key   varchar(10)  not null,
    empreinte       varchar(100) not null,
    flux_categories varchar(40)[]  not null,
    flux_ids        varchar(100)[] not null,
    flux_versions   bigint[]       not null,
    recorded_at     timestamptz  not null,
    constraint sne_commande_pk primary key (identifiant, partition_key)
);

comment on table sne_commande is 'Commands recorded with their events (idempotency): identifier, fingerprint, streams and versions written.';
