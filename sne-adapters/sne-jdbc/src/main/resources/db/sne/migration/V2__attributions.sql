-- sne-jdbc, schema version 2: the attribution records (one per signed lease), a read model kept in
-- the append transaction like the demand summaries and rebuildable from the events. The annual
-- reports (R441-2-9 data, the CIA's bilan, the 25 % obligations) read it instead of the events.
--
-- The key is the vacancy (a vacancy has at most one lease) with the partition key of its
-- territory, so that the table partitions and distributes like the others.

create table sne_attribution (
    vacance                 varchar(60)  not null,
    partition_key           varchar(10)  not null,
    demande                 varchar(18)  collate "C" not null,
    date_bail               date         not null,
    logement                varchar(40)  not null,
    commune                 varchar(5)   not null,
    en_qpv                  boolean      not null,
    financement             varchar(20)  not null,
    typologie               varchar(10)  not null,
    bailleur_type           varchar(40)  not null,
    bailleur_id             varchar(100) not null,
    bailleur_nom            text         not null,
    personnes               integer      not null,
    ressources_par_uc       bigint       not null,
    priorites               varchar(40)[] not null,
    dalo                    boolean      not null,
    contingent              varchar(40)  not null,
    accord_collectif        varchar(20)  not null,
    designateur_type        varchar(40)  not null,
    designateur_id          varchar(100) not null,
    designateur_nom         text         not null,
    constraint sne_attribution_pk primary key (vacance, partition_key)
);

comment on table sne_attribution is 'Attribution record (EnregistrementAttribution) of each signed lease; rebuildable from sne_events.';
comment on column sne_attribution.ressources_par_uc is 'Annual resources per consumption unit, in euro cents.';

create index sne_attribution_date_idx on sne_attribution (date_bail, vacance);
