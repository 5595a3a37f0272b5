# Prose: paragraphs stay on one line so they read (and diff) as written.
# ruff: noqa: E501
"""The hand-written French sample of the demo journal.

Kept apart from ``carnet.demo`` (which only turns it into records) so the
writing can be edited without touching code. This is what newcomers and
screenshots see: a participant, Camille Martin, cadre in a public
organisation, in a co-développement group and a RPM group. People are
pseudonyms or initials; some notes let a full name slip (« Marc Dubois a
proposé… ») on purpose, so the booklet’s anonymiser has something to mask.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from carnet.domain import ActionStatus, Emotion, Moment, Role

OWNER_NAME = "Camille Martin"


@dataclass(frozen=True)
class ReviewSpec:
    """A review written ``days_after`` the session where the action was decided."""

    days_after: int
    note: str
    status: ActionStatus | None
    postpone_days_from_today: int | None = None


@dataclass(frozen=True)
class ActionSpec:
    title: str
    tags: tuple[str, ...] = ()
    details: str = ""
    reviews: tuple[ReviewSpec, ...] = ()
    outcome: str = ""


@dataclass(frozen=True)
class SessionSpec:
    title: str
    role: Role
    themes: tuple[str, ...]
    notes: dict[str, str]
    learnings: tuple[tuple[str, bool, tuple[str, ...]], ...]
    feelings: tuple[tuple[Moment, Emotion, int, str], ...]
    keyword: str
    actions: tuple[ActionSpec, ...] = ()
    rating_comments: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class GroupSpec:
    name: str
    template_id: str
    facilitator: str
    place: str
    notes: str
    ground_rules: str
    members: tuple[tuple[str, tuple[str, ...]], ...]
    objectives: tuple[tuple[str, str], ...]
    #: ratings[i][k]: the rating of objective i at the k-th held session.
    ratings: tuple[tuple[int, ...], ...]
    sessions: tuple[SessionSpec, ...]


B, A = Moment.BEFORE, Moment.AFTER
E = Emotion
S = ActionStatus

# ---------------------------------------------------------------------------
# Group 1 — co-développement, six sessions, all held
# ---------------------------------------------------------------------------

CODEV_GROUND_RULES = """Règles adoptées ensemble à la première séance :

1. **Confidentialité** : ce qui se dit dans le groupe reste dans le groupe, y compris après la fin du cycle.
2. **Bienveillance** : pas de jugement, ni sur le client ni sur les personnes absentes.
3. **Écoute** : on laisse finir, on ne prépare pas sa réponse pendant que l’autre parle.
4. Le client reste **libre** de ses choix : les consultants proposent, il dispose.
5. On respecte les étapes : pas de conseils déguisés pendant la clarification.
6. Présence et ponctualité ; téléphones rangés pendant la séance."""

CODEV_SESSIONS: tuple[SessionSpec, ...] = (
    SessionSpec(
        title="Comment retenir un agent à potentiel, démotivé, qui veut partir ?",
        role=Role.CONSULTANT,
        themes=("motivation", "fidéliser un talent"),
        notes={
            "expose": """T.L. a exposé la situation d’un de ses techniciens, arrivé il y a trois ans, très compétent, que toute l’équipe sollicite. Depuis quelques mois, il arrive en retard aux réunions, ne propose plus rien et a laissé entendre qu’il regardait les offres ailleurs.

Ce qui pose problème à Thomas : il a le sentiment d’avoir « tout essayé » (prime, formation, télétravail) et il craint que ce départ désorganise le service au pire moment, juste avant la migration du logiciel métier.

Ce qui m’a frappée :

- il a beaucoup parlé de ce que l’agent *fait*, très peu de ce qu’il *dit* ;
- le mot « ingrat » est revenu deux fois ;
- il n’a jamais évoqué d’entretien seul à seul depuis les premières rumeurs.

Cela m’a rappelé le départ de R. dans mon ancienne équipe, que je n’avais pas vu venir.""",
            "clarification": """Les questions ont permis de préciser plusieurs points :

1. L’agent n’a jamais demandé d’évolution explicitement, mais il avait candidaté en interne l’an dernier — sans aucun retour de la DRH.
2. Le dernier entretien annuel a été fait en visio, en vingt minutes.
3. Thomas ne sait pas ce qui motivait l’agent à son arrivée.

J’ai demandé : « Qu’est-ce qu’il vous a dit, lui, de son envie de partir ? » Silence, puis : « Rien, je l’ai appris par un collègue. » C’est la question qui a le plus éclairé la situation.

En relisant mes notes, je me rends compte que ma deuxième question (« Avez-vous pensé à lui confier le projet de migration ? ») était déjà une solution déguisée.""",
            "contrat": """Thomas a formulé son besoin ainsi : **« J’ai besoin d’idées pour ouvrir une vraie conversation avec lui, sans que ça ressemble à une négociation. »**

Le contrat : des idées et des expériences, pas de jugement sur ce qui a déjà été tenté. Hélène R. a rappelé qu’on ne cherche pas à « sauver » le poste à tout prix : le client reste libre de ses choix.

Ma compréhension a changé : je pensais qu’il cherchait un levier pour le retenir ; il cherche en fait comment renouer le dialogue.""",
            "consultation": """Les contributions, dans l’ordre où je les ai notées :

- **Marc Dubois** a proposé de repartir de la fiche de poste initiale et de demander à l’agent ce qui a changé pour lui depuis.
- S.K. a partagé une expérience : un entretien « d’étonnement », où c’est l’agent qui pose les questions à son manager.
- A.B. a suggéré de solder d’abord la candidature interne restée sans réponse : « Avant de parler d’avenir, il faut réparer le passé. »
- J’ai apporté une question : *qu’est-ce que vous perdez, vous, s’il part ?* Thomas a eu du mal à répondre, puis a parlé de sa propre solitude dans le service.

> « On ne retient pas quelqu’un, on lui donne des raisons de rester. » — F.G.

J’ai eu envie plusieurs fois de raconter mon histoire avec R. ; je l’ai gardée pour la fin, et finalement ce n’était pas utile.""",
            "synthese": """Thomas retient trois pistes : un entretien sans ordre du jour, un point avec la DRH sur la candidature interne, et la possibilité — à discuter avec l’agent, pas à lui imposer — d’un rôle de référent sur la migration.

Il laisse de côté la prime : « ça a déjà été essayé et ça n’a rien changé ».

Ce que j’en retiens sur la manière d’aider : ce sont les questions, plus que les conseils, qui l’ont fait avancer.""",
            "feedback": """Séance fluide, bon respect des étapes. La clarification a un peu débordé sur la consultation : deux d’entre nous (moi comprise) ont glissé des conseils sous forme de questions.

J’ai remercié Thomas pour sa franchise. J’aurais aimé dire au groupe que le temps d’exposé m’a paru court pour une situation aussi chargée.""",
        },
        learnings=(
            (
                "Une question ouverte posée au bon moment aide plus qu’un bon conseil.",
                True,
                ("posture managériale",),
            ),
            (
                "Avant de parler d’avenir avec un agent démotivé, solder ce qui est resté sans réponse.",
                False,
                ("motivation", "fidéliser un talent"),
            ),
        ),
        feelings=(
            (
                B,
                E.WORRY,
                2,
                "Première vraie séance : je ne sais pas encore si j’oserai intervenir.",
            ),
            (A, E.SERENITY, 4, "Rassurée : le cadre est solide, chacun a trouvé sa place."),
        ),
        keyword="Écoute",
        actions=(
            ActionSpec(
                title="Faire un point de 30 minutes avec chaque membre de l’équipe sur ce qui le motive aujourd’hui",
                tags=("motivation",),
                details="Sans ordre du jour, en partant de leurs mots. Pas pendant l’entretien annuel.",
                reviews=(
                    ReviewSpec(
                        12,
                        "Trois entretiens faits sur sept. Plus riches que prévu : S. m’a parlé de son envie de former les nouveaux.",
                        S.IN_PROGRESS,
                    ),
                    ReviewSpec(
                        27,
                        "Tous les entretiens sont faits. J’ai gardé une trace des envies de chacun pour les entretiens annuels.",
                        S.DONE,
                    ),
                ),
                outcome="Sept entretiens menés. Deux envies concrètes repérées (tutorat des nouveaux, référent qualité) ; je les reprends en entretien annuel.",
            ),
        ),
        rating_comments={0: "Je démarre : je reprends encore beaucoup derrière l’équipe."},
    ),
    SessionSpec(
        title="Comment réguler un conflit entre deux agents de mon équipe ?",
        role=Role.CONSULTANT,
        themes=("conflit entre agents", "communication"),
        notes={
            "expose": """S.K. encadre une équipe d’accueil de six personnes. Deux agentes ne se parlent plus depuis une altercation au sujet du planning du samedi ; l’une reproche à l’autre de « toujours choisir ses week-ends ». Le reste de l’équipe commence à prendre parti, et les usagers le sentent au guichet.

Sophie a déjà réuni les deux agentes une fois : la réunion a tourné à l’affrontement, et elle en est sortie avec le sentiment d’avoir « perdu la main ».

Ce que j’ai remarqué : elle décrit très précisément les faits, mais parle d’elle-même comme d’une arbitre, jamais comme de la personne qui fixe les règles du planning.""",
            "clarification": """Questions posées par le groupe :

- Qui établit le planning aujourd’hui ? → Les agentes elles-mêmes, par arrangement, depuis le départ de l’ancienne responsable.
- Y a-t-il une règle écrite ? → Non.
- Depuis quand la tension existe-t-elle ? → Bien avant l’altercation, « depuis le changement d’horaires de l’an dernier ».

Ma question : « Si le planning était fixé par vous, de quoi parleraient-elles encore ? » Sophie a ri, puis a répondu : « De pas grand-chose, sans doute. »

Je n’ai pas osé demander si elle-même avait une préférence pour l’une des deux.""",
            "contrat": """Besoin formulé par Sophie : **sortir du rôle d’arbitre** et retrouver une position de responsable, sans humilier personne.

Contrat : des expériences concrètes de régulation et des idées pour la prochaine réunion d’équipe. Hélène R. a précisé qu’on resterait sur ce que Sophie peut faire, pas sur la psychologie des deux agentes absentes.""",
            "consultation": """- T.L. : recevoir d’abord chaque agente séparément, avec la même question pour les deux.
- Marc a insisté sur la règle : « Tant que le planning se négocie entre elles, tu leur laisses le conflit en gestion. »
- F.G. a raconté comment il avait écrit, avec son équipe, une charte du planning en trois règles simples.
- A.B. a proposé de faire appel à un tiers (RH ou médiateur) si la tension persiste après la réunion.
- Moi : j’ai partagé l’expérience du tableau de rotation des astreintes, que j’avais imposé puis ajusté avec l’équipe au bout de trois mois.

Ce qui m’a donné à réfléchir : la remarque de **Marc Dubois** sur le fait de « laisser le conflit en gestion ». Dans mon service aussi, certaines règles floues entretiennent des tensions que je finis par arbitrer au cas par cas.""",
            "synthese": """Sophie retient :

1. reprendre la main sur le planning (règle écrite, rotation des samedis) ;
2. recevoir chaque agente séparément avant la réunion d’équipe ;
3. garder la médiation comme recours, pas comme point de départ.

Elle a écarté l’idée de changer l’une des agentes de poste : « ce serait désigner une coupable ».

Pour moi : aider, ce n’est pas donner la bonne réponse, c’est proposer des pistes assez différentes pour que le client choisisse la sienne.""",
            "feedback": """Très bonne qualité d’écoute ce soir. Le tour de consultation était riche mais un peu long ; Hélène R. a bien tenu le temps.

J’ai dit au groupe que j’avais apprécié que personne ne juge les deux agentes absentes.""",
        },
        learnings=(
            (
                "Une règle floue transforme le manager en arbitre permanent : clarifier la règle avant de réguler les personnes.",
                True,
                ("conflit entre agents",),
            ),
            (
                "Recevoir chaque personne séparément, avec la même question, avant toute réunion commune.",
                False,
                ("conflit entre agents", "communication"),
            ),
        ),
        feelings=(
            (B, E.FATIGUE, 3, "Journée chargée, j’arrive fatiguée."),
            (A, E.GRATITUDE, 3, "Reconnaissante pour la qualité d’écoute du groupe."),
        ),
        keyword="Règle",
        actions=(
            ActionSpec(
                title="Écrire avec l’équipe trois règles claires pour les astreintes et les congés",
                tags=("conflit entre agents", "communication"),
                reviews=(
                    ReviewSpec(
                        18,
                        "Première version rédigée en réunion d’équipe ; deux points encore en discussion.",
                        S.IN_PROGRESS,
                    ),
                    ReviewSpec(
                        29,
                        "Règles validées et affichées. Plus aucune demande d’arbitrage depuis.",
                        S.DONE,
                    ),
                ),
                outcome="Trois règles écrites avec l’équipe (rotation, délai de demande, échanges entre collègues). Les demandes d’arbitrage ont presque disparu.",
            ),
        ),
    ),
    SessionSpec(
        title="Comment déléguer sans tout reprendre derrière ?",
        role=Role.CLIENT,
        themes=("délégation", "charge de travail"),
        notes={
            "expose": """C’était mon tour d’être cliente. J’ai exposé ma situation : depuis la fusion des deux services, j’encadre onze personnes et je n’arrive plus à tenir. Je délègue — le planning, les commandes, la préparation des réunions — mais je reprends presque tout derrière : je corrige, je complète, parfois je refais entièrement.

Résultat : je travaille le soir, mon adjointe S. se sent dépossédée, et je l’ai entendue dire « de toute façon, elle repassera derrière ».

Ce que je cherche : **comprendre pourquoi je reprends**, et trouver une façon de déléguer qui tienne dans la durée.

En l’exposant, j’ai découvert que je n’avais jamais dit à S. ce que j’attendais précisément : je lui confie des tâches, pas des résultats attendus.""",
            "clarification": """Les questions m’ont obligée à préciser :

- « Qu’est-ce qui se passerait si vous ne repreniez pas ? » (M.D.) — j’ai répondu « des erreurs », puis j’ai reconnu qu’elles seraient rarement graves.
- « Qu’est-ce que vous reprenez exactement : le fond ou la forme ? » (S.K.) — surtout la forme, à ma grande surprise.
- « Qui vous a appris à travailler comme ça ? » (A.B.) — question qui m’a déstabilisée : mon premier chef relisait tout, et j’ai trouvé ça normal.

La question qui m’a le plus fait réfléchir est celle de Sophie : je corrige la forme parce que c’est *ma* façon d’écrire, pas parce que c’est faux.""",
            "contrat": """Ma demande au groupe : **« Des idées concrètes pour déléguer un résultat plutôt qu’une tâche, et pour ne pas reprendre derrière. »**

J’attendais surtout des expériences. Ma demande a changé pendant l’exposé : au départ, je voulais « mieux contrôler » ; à la fin, je voulais apprendre à faire confiance, avec un filet de sécurité.""",
            "consultation": """Ce qui m’a le plus parlé :

- **Marc Dubois** a proposé de fixer avec S. un niveau de délégation par dossier : *je décide* ; *tu proposes, je décide* ; *tu décides et tu m’informes*.
- Thomas a raconté qu’il s’était interdit de corriger la forme pendant un mois, avec un seul point d’étape par semaine.
- F.G. m’a suggéré de noter pendant deux semaines tout ce que je reprends, pour distinguer ce qui relève du risque et ce qui relève de l’habitude.
- A.B. : « Et si vous demandiez à S. ce qu’elle ferait, avant de lui dire ce que vous feriez ? »

> « Déléguer, c’est accepter que ce soit fait autrement. »

Ce que j’ai eu du mal à entendre : l’idée que mes reprises démotivent S. plus que la charge de travail. Cela me dit que j’ai pris ma vigilance pour de la bienveillance.""",
            "synthese": """Ce que je retiens :

1. Déléguer des **résultats attendus**, écrits, avec un niveau de délégation explicite.
2. Un seul point d’étape par semaine avec S., et rien entre les deux sauf urgence.
3. Tenir pendant deux semaines la liste de ce que je reprends.

Ce que je laisse de côté pour l’instant : la proposition de déléguer aussi l’animation de la réunion d’équipe. Trop tôt — je veux d’abord réussir le planning des congés.""",
            "feedback": """Séance très forte pour moi. Le groupe a respecté mon rythme ; la clarification a été longue, mais nécessaire.

J’ai remercié chacun, et dit à Hélène R. que le cadre m’avait permis de parler de choses que je n’aurais jamais dites en réunion de cadres.""",
        },
        learnings=(
            (
                "Je reprends surtout la forme, pas le fond : c’est mon style que je protège, pas la qualité.",
                True,
                ("délégation",),
            ),
            (
                "Déléguer un résultat attendu, pas une tâche, en disant le niveau de délégation : je décide, tu proposes, tu décides.",
                True,
                ("délégation",),
            ),
            (
                "Mes reprises démotivent plus que la charge de travail.",
                False,
                ("délégation", "motivation"),
            ),
        ),
        feelings=(
            (B, E.WORRY, 4, "Inquiète d’exposer ma difficulté devant des pairs."),
            (A, E.RELIEF, 4, "Soulagée et un peu secouée : je repars avec des pistes claires."),
        ),
        keyword="Lâcher-prise",
        actions=(
            ActionSpec(
                title="Déléguer le planning des congés à mon adjointe S., avec un seul point d’étape par semaine",
                tags=("délégation",),
                details="Résultat attendu écrit : planning validé par l’équipe d’ici la prochaine séance. Niveau : « tu décides et tu m’informes ».",
                reviews=(
                    ReviewSpec(
                        9,
                        "Premier point d’étape : j’ai résisté à l’envie de corriger. Le planning avance, autrement que je l’aurais fait.",
                        S.IN_PROGRESS,
                    ),
                    ReviewSpec(
                        24,
                        "Planning des congés bouclé par S. et validé par l’équipe. Une seule remarque de ma part, sur le fond.",
                        S.DONE,
                    ),
                ),
                outcome="Planning des congés réalisé entièrement par S. Elle a proposé de s’occuper aussi de celui des astreintes.",
            ),
            ActionSpec(
                title="Noter pendant deux semaines tout ce que je reprends derrière l’équipe",
                tags=("délégation", "charge de travail"),
                reviews=(
                    ReviewSpec(
                        16,
                        "Liste tenue : quatorze reprises, dont onze sur la forme seulement.",
                        S.DONE,
                    ),
                ),
                outcome="Quatorze reprises en deux semaines, dont onze sur la forme. J’ai arrêté celles-là.",
            ),
        ),
        rating_comments={0: "Premier vrai pas : j’ai compris ce que je reprenais, et pourquoi."},
    ),
    SessionSpec(
        title="Comment me positionner face à une direction qui change les priorités chaque semaine ?",
        role=Role.CONSULTANT,
        themes=("positionnement vis-à-vis de la hiérarchie", "charge de travail"),
        notes={
            "expose": """M.D. a exposé sa relation avec son nouveau directeur : des demandes urgentes chaque semaine, qui s’ajoutent aux précédentes, souvent par courriel le vendredi soir. Son équipe ne croit plus aux annonces, et lui se sent « courroie de transmission ».

Il a insisté sur le fait qu’il apprécie ce directeur sur le plan humain, ce qui rend la situation plus difficile à aborder.

Résonance pour moi : ma N+1 a la même tendance, en moins marqué, et je ne dis rien non plus.""",
            "clarification": """- Les priorités changent-elles vraiment, ou s’ajoutent-elles ? → Elles s’ajoutent, et rien n’est jamais retiré.
- Marc a-t-il déjà exprimé l’impact sur son équipe ? → « Par petites remarques, pas clairement. »
- Le directeur subit-il lui-même une pression de sa hiérarchie ? → Très probablement : une réorganisation est en cours.

J’ai posé une question de compréhension : « Que fait ton équipe des demandes du vendredi ? » Réponse : elle attend le lundi pour voir si elles tiennent encore. L’équipe a déjà développé son propre filtre.""",
            "contrat": """Besoin de Marc : **préparer un échange avec son directeur** pour rendre visibles les arbitrages, sans paraître refuser le travail.

Contrat : des idées de formulation et des expériences de « négociation ascendante ». J’ai noté que sa demande portait sur la forme de l’échange, pas sur le fond du désaccord.""",
            "consultation": """- S.K. : venir avec la liste des demandes en cours et demander au directeur de les classer lui-même.
- T.L. : proposer un rituel fixe (quinze minutes le lundi) plutôt que de réagir au fil de l’eau.
- F.G. a partagé une phrase qui lui sert souvent : « Je peux faire A ou B cette semaine ; laquelle est la plus importante pour vous ? »
- Moi : j’ai proposé de partir de ce que vit l’équipe, avec un ou deux exemples concrets, plutôt que d’un principe général.

Ce qui m’a fait réfléchir, c’est la suggestion de Sophie : faire classer les priorités par celui qui les donne, c’est lui rendre l’arbitrage au lieu de l’absorber. Je fais exactement l’inverse avec ma N+1.""",
            "synthese": """Marc retient le rituel du lundi et la liste à faire classer. Il écarte l’idée d’en parler d’abord aux RH : « ce n’est pas un conflit, c’est un fonctionnement ».

Je remarque que j’ai transposé toute la séance à ma propre situation. C’est utile pour moi, mais j’ai parfois perdu de vue le client : à surveiller.""",
            "feedback": """Bon rythme, consultation très concrète. Deux absents ce soir (J.-P. V. et N.H.), ce qui a laissé plus d’espace à chacun.

J’ai partagé que j’étais plus à l’aise pour poser des questions ouvertes que lors des premières séances.""",
        },
        learnings=(
            (
                "Rendre l’arbitrage à celui qui fixe les priorités plutôt que de l’absorber.",
                True,
                ("positionnement vis-à-vis de la hiérarchie",),
            ),
            (
                "Un rituel court et fixe vaut mieux qu’une réaction au fil de l’eau.",
                False,
                ("charge de travail",),
            ),
        ),
        feelings=(
            (B, E.FRUSTRATION, 3, "Encore une semaine de demandes contradictoires."),
            (A, E.CONFIDENCE, 4, "Plus d’assurance pour parler à ma N+1."),
        ),
        keyword="Assertivité",
        actions=(
            ActionSpec(
                title="Demander à ma N+1 un point mensuel de 30 minutes pour classer ensemble les demandes en cours",
                tags=("positionnement vis-à-vis de la hiérarchie",),
                reviews=(
                    ReviewSpec(
                        20,
                        "Demande faite par courriel, sans réponse. Je relancerai de vive voix.",
                        S.IN_PROGRESS,
                    ),
                    ReviewSpec(
                        48,
                        "Ma N+1 est absente jusqu’à la fin du mois : je reporte, la demande reste d’actualité.",
                        S.POSTPONED,
                        postpone_days_from_today=25,
                    ),
                ),
            ),
        ),
    ),
    SessionSpec(
        title="Comment accompagner mon équipe dans le regroupement de deux sites ?",
        role=Role.CONSULTANT,
        themes=("conduite du changement",),
        notes={
            "expose": """A.B. doit regrouper deux sites de son service en un seul, d’ici six mois. La décision est prise ; les modalités ne le sont pas. Une partie de l’équipe perdra quarante minutes de trajet par jour, une autre en gagnera.

Aline se sent prise entre une direction qui veut « aller vite » et des agents qui lui demandent des réponses qu’elle n’a pas. Elle a l’impression de « vendre » une décision qu’elle n’a pas prise.

Ce qui m’a frappée : elle n’a presque pas parlé de ce qui restait ouvert, alors que c’est là que se trouve sa marge de manœuvre.""",
            "clarification": """- Qu’est-ce qui est décidé, qu’est-ce qui reste à décider ? → Le lieu et la date sont décidés ; l’organisation des bureaux, les horaires et le télétravail restent ouverts.
- Comment l’équipe a-t-elle été informée ? → Par une note de service, avant même qu’Aline soit prévenue.
- Qu’en pense-t-elle, elle ? → « Sur le fond, c’est plutôt une bonne idée. »

J’ai demandé ce qu’elle pouvait dire honnêtement à l’équipe dès maintenant. Après un moment : « Que je ne sais pas tout, et qu’on va décider ensemble de ce qui peut l’être. »""",
            "contrat": """Besoin d’Aline : **des idées pour associer l’équipe** à ce qui reste ouvert, sans promettre ce qui ne dépend pas d’elle.

Contrat : des expériences de conduite du changement et des idées de format. Limite posée par Hélène R. : on ne refait pas la décision de la direction.""",
            "consultation": """- Marc Dubois : tracer trois colonnes au tableau — *décidé*, *à décider ensemble*, *pas encore connu*.
- S.K. : organiser une visite du nouveau site avec l’équipe avant de parler d’organisation.
- T.L. a raconté un déménagement raté : tout avait été préparé sans l’équipe, « parfaitement », et tout le monde l’avait mal vécu.
- Moi : j’ai proposé une foire aux questions alimentée par l’équipe et mise à jour chaque semaine, pour que les questions aient une place.

Je suis restée centrée sur Aline cette fois, sans transposer à ma propre situation pendant la consultation. Un progrès par rapport à la séance précédente.""",
            "synthese": """Aline retient les trois colonnes, la visite du site et un point d’information court toutes les deux semaines. Elle écarte la foire aux questions écrite — « trop lourde à tenir à jour seule » — mais garde l’idée d’une boîte à questions.

Ce que j’apprends : une idée peut être bonne et ne pas convenir au client. Cela ne m’a pas vexée, et c’est nouveau.""",
            "feedback": """Séance plus calme, très bienveillante. Le temps de synthèse a été un peu écourté ; nous avons proposé de le protéger à l’avenir.

J’ai dit à Aline que sa franchise sur le fait de « vendre une décision » m’avait aidée à regarder ma propre posture.""",
        },
        learnings=(
            (
                "Distinguer ce qui est décidé, ce qui reste à décider ensemble et ce qui n’est pas encore connu.",
                True,
                ("conduite du changement",),
            ),
            (
                "Une idée écartée par le client n’est pas un échec de l’aide.",
                False,
                ("posture managériale",),
            ),
        ),
        feelings=(
            (B, E.SERENITY, 3, "Calme, disponible."),
            (A, E.CURIOSITY, 4, "Envie d’essayer les trois colonnes avec mon équipe."),
        ),
        keyword="Transparence",
        actions=(
            ActionSpec(
                title="Proposer à l’équipe une foire aux questions sur la réorganisation des bureaux",
                tags=("conduite du changement",),
                reviews=(
                    ReviewSpec(
                        15,
                        "La direction a reporté le projet à l’an prochain : lancer la FAQ maintenant n’a plus de sens.",
                        S.DROPPED,
                    ),
                ),
                outcome="Abandonnée : la réorganisation des bureaux est reportée. L’idée est gardée pour plus tard.",
            ),
        ),
    ),
    SessionSpec(
        title="Comment réguler la charge de travail d’une équipe en sous-effectif ?",
        role=Role.CONSULTANT,
        themes=("charge de travail", "délégation"),
        notes={
            "expose": """Dernière séance du cycle. F.G. a exposé la situation de son équipe : deux postes vacants depuis quatre mois, des heures supplémentaires qui s’accumulent et deux arrêts maladie récents. Il absorbe lui-même une partie du travail opérationnel et n’a plus de temps pour piloter.

François dit ne pas savoir « quoi arrêter » : tout lui semble indispensable.

Cela m’a rappelé ma propre situation au début du cycle, avant de travailler sur la délégation.""",
            "clarification": """- Qui décide de ce qui est prioritaire ? → Personne formellement ; « tout le monde ».
- Le sous-effectif est-il connu et reconnu par la direction ? → Connu, pas vraiment reconnu.
- Qu’est-ce que François a déjà arrêté ? → Rien.

J’ai demandé : « Si tu ne pouvais garder que trois activités, lesquelles ? » Il en a cité deux tout de suite, puis a hésité longtemps.""",
            "contrat": """Besoin : **trouver des critères pour arrêter ou reporter certaines activités**, et une façon de l’annoncer à sa hiérarchie et à son équipe.

Contrat : des idées et des expériences ; François a demandé qu’on reste concrets, « pas de grands principes ».""",
            "consultation": """- Marc a proposé une matrice simple, *urgent / important*, remplie avec l’équipe et non seul.
- A.B. : annoncer par écrit à la hiérarchie ce qui ne sera pas fait, avec une date de réexamen.
- S.K. : protéger une demi-journée par semaine pour le pilotage, inscrite à l’agenda comme une réunion.
- Moi : j’ai partagé ce que j’ai appris depuis la séance 3 — déléguer un résultat, avec un niveau de délégation clair — et comment S. a repris le planning des congés.

Pour la première fois, j’ai pu apporter une expérience vécue *grâce au groupe*. Une drôle de boucle.""",
            "synthese": """François retient la matrice remplie avec l’équipe et l’annonce écrite à sa hiérarchie. Il garde la demi-journée de pilotage « pour quand il y aura moins de pression » ; Hélène R. lui a fait remarquer, avec humour, que ce moment n’arriverait pas tout seul.

Pour moi : je transpose l’idée de dire par écrit ce qui ne sera pas fait.""",
            "feedback": """Séance de clôture émouvante. Nous avons pris le temps d’un tour de table sur le cycle entier. Hélène R. a rappelé que la confidentialité continue de s’appliquer après la fin du groupe.

J’ai remercié chacun, et dit combien la séance où j’ai été cliente a compté pour moi.""",
            "cycle.changes": """**Ce qui a changé dans ma pratique**

- Je délègue des résultats attendus, plus des tâches. S. gère désormais les plannings, et je ne repasse plus derrière elle sur la forme.
- Je pose davantage de questions avant de proposer une solution, en réunion d’équipe comme en entretien individuel.
- Les règles de l’équipe sont écrites (astreintes, congés) : je n’arbitre presque plus au cas par cas.
- Je commence à dire ce que je ne ferai pas, au lieu de tout absorber.""",
            "cycle.self": """J’ai découvert que ma vigilance — relire, corriger, compléter — venait moins d’un souci de qualité que de la peur d’être prise en défaut. Le dire devant le groupe, à la séance 3, a été un tournant.

J’ai aussi appris que je sais écouter quand je ne cherche pas à avoir la bonne réponse. En tant que consultante, mes meilleures contributions ont été des questions.

> « Déléguer, c’est accepter que ce soit fait autrement » : je me la répète encore souvent.""",
            "cycle.carry_on": """- Garder le point d’étape hebdomadaire unique avec S., et étendre la délégation à la préparation des réunions d’équipe.
- Demander enfin à ma N+1 le point mensuel de priorisation (reporté deux fois).
- Continuer à noter mes enseignements après chaque réunion importante, même hors du groupe.
- Proposer à deux collègues cadres de monter un groupe de codéveloppement l’an prochain.""",
        },
        learnings=(
            (
                "Dire par écrit ce qui ne sera pas fait, avec une date de réexamen, protège l’équipe et clarifie les attentes.",
                True,
                ("charge de travail", "positionnement vis-à-vis de la hiérarchie"),
            ),
            (
                "Le temps de pilotage n’arrive jamais tout seul : il se réserve.",
                False,
                ("charge de travail",),
            ),
            (
                "Apporter une expérience vécue grâce au groupe : la boucle de l’apprentissage entre pairs.",
                False,
                (),
            ),
        ),
        feelings=(
            (B, E.SADNESS, 2, "Un peu de nostalgie : c’est la dernière séance."),
            (A, E.PRIDE, 4, "Fière du chemin parcouru depuis la première séance."),
        ),
        keyword="Priorités",
        actions=(
            ActionSpec(
                title="Tester une réunion d’équipe de 20 minutes, debout, chaque lundi matin",
                tags=("charge de travail",),
                reviews=(
                    ReviewSpec(
                        8,
                        "Deux réunions faites. L’équipe apprécie le format, mais on déborde encore à trente minutes.",
                        S.IN_PROGRESS,
                    ),
                ),
            ),
            ActionSpec(
                title="Annoncer par écrit à ma N+1 les deux dossiers que je reporte, avec une date de réexamen",
                tags=("positionnement vis-à-vis de la hiérarchie", "charge de travail"),
            ),
        ),
        rating_comments={
            0: "Je délègue vraiment, et je ne reprends plus la forme.",
            3: "Progrès, mais la demande à ma N+1 est toujours en attente.",
        },
    ),
)

CODEV_GROUP = GroupSpec(
    name="Codev des managers de proximité",
    template_id="codev",
    facilitator="Hélène R.",
    place="Maison des associations, salle Ginkgo",
    notes="Groupe inter-services de sept managers de proximité, un jeudi par mois de 14 h à 16 h.",
    ground_rules=CODEV_GROUND_RULES,
    members=(
        ("M.D.", ("Marc Dubois", "Marc")),
        ("S.K.", ("Sophie Klein", "Sophie")),
        ("T.L.", ("Thomas Lefèvre", "Thomas")),
        ("A.B.", ("Aline Bernard", "Aline")),
        ("F.G.", ("François Girard", "François")),
        ("J.-P. V.", ()),
        ("N.H.", ("Nathalie Henry",)),
    ),
    objectives=(
        (
            "Déléguer sans tout reprendre derrière",
            "Confier des résultats, pas des tâches, et faire confiance avec un filet de sécurité.",
        ),
        ("Écouter avant de proposer des solutions", ""),
        ("Poser des questions ouvertes plutôt que des conseils déguisés", ""),
        (
            "Me positionner plus clairement face à ma hiérarchie",
            "Dire ce qui est possible, ce qui ne l’est pas, et demander des arbitrages.",
        ),
    ),
    ratings=(
        (2, 2, 3, 3, 4, 4),
        (2, 3, 3, 4, 4, 4),
        (1, 2, 2, 3, 3, 4),
        (2, 2, 2, 3, 3, 3),
    ),
    sessions=CODEV_SESSIONS,
)

# ---------------------------------------------------------------------------
# Group 2 — RPM, ten sessions planned, six held
# ---------------------------------------------------------------------------

RPM_GROUND_RULES = """Règles de fonctionnement co-construites lors de la première rencontre :

- **Confidentialité** : les contenus des échanges restent dans le cadre de la rencontre.
- **Bienveillance et sécurité** : chacun s’exprime sans crainte de jugement ni de critique.
- **Non-directivité** : on explore, on ne cherche pas forcément à conclure.
- On parle en « je », à partir de sa propre pratique.
- Personne n’est obligé de prendre la parole.
- Téléphones en silencieux ; on prévient le groupe en cas d’absence.
- Une situation qui demande une reprise dans un autre cadre (gouvernance, RH) est signalée, sans être traitée ici."""

RPM_SESSIONS: tuple[SessionSpec, ...] = (
    SessionSpec(
        title="Quelle situation récente vous a marqué dans votre pratique ?",
        role=Role.PARTICIPANT,
        themes=("charge de travail",),
        notes={
            "accueil": """Première rencontre. J. L. a présenté le cadre : dix séances mensuelles de trois heures, un espace de réflexion qui n’est ni une formation ni une évaluation. Nous avons co-construit nos règles de fonctionnement (voir la fiche du groupe).

J’arrivais directement d’une réunion de pôle tendue ; le temps d’accueil, un café et un tour de table, m’a permis de poser les choses.""",
            "amorce": """Question d’amorce proposée par J. L. : **« Quelle situation récente vous a marqué dans votre pratique ? »**

Pour moi : le rappel d’une infirmière sur son jour de repos, le week-end dernier, et son « encore moi ? » au téléphone.""",
            "expression": """J’ai partagé cette situation de rappel sur repos : la troisième en un mois pour la même personne, parce qu’elle « dit toujours oui ».

En la racontant, je me suis rendu compte que je m’appuie sur les plus disponibles, et que ce sont eux que j’épuise.""",
            "partages": """- C.F. a parlé de l’absentéisme dans son unité de soins de longue durée et des plannings refaits chaque jour.
- R.A. a partagé une réussite : une équipe de nuit qui a proposé elle-même un roulement de remplacement.
- L.G. a évoqué sa solitude de cadre « entre deux chaises », entre l’équipe et la direction des soins.

La situation de Rémi a beaucoup résonné : et si l’équipe avait des solutions que je ne lui demande pas ?""",
            "exploration": """Le groupe a choisi d’approfondir **la gestion des absences de dernière minute**. Nous avons relié plusieurs représentations du rappel : un service rendu, un dû, un signe de confiance. J. L. nous a invités à mobiliser nos savoirs : la charge mentale, le droit à la déconnexion.

Rien n’a été conclu, et c’est voulu. L’exploration m’a surtout ouvert la question de l’équité dans les rappels.""",
            "synthese": """Points clés : l’équité dans les rappels, la place de l’équipe dans les solutions, le coût invisible des « toujours disponibles ».

Résonance commune : nous avons tous nos « piliers », que nous sollicitons trop.""",
            "reflexion": """Je retiens que ma façon de gérer les absences protège le planning, mais pas les personnes. À creuser.""",
        },
        learnings=(
            (
                "Je m’appuie sur les plus disponibles, et ce sont eux que j’épuise.",
                True,
                ("charge de travail",),
            ),
            ("L’équipe a parfois des solutions qu’on ne lui demande pas.", False, ("délégation",)),
        ),
        feelings=(
            (B, E.FATIGUE, 4, "Sortie d’une réunion de pôle tendue."),
            (A, E.SERENITY, 3, "Apaisée, contente d’avoir un espace pour prendre du recul."),
        ),
        keyword="Respiration",
        actions=(
            ActionSpec(
                title="Bloquer une demi-journée par mois sans réunion pour le travail de fond",
                tags=("charge de travail",),
                reviews=(
                    ReviewSpec(
                        25,
                        "Demi-journée posée et tenue ce mois-ci. J’ai enfin avancé le projet de service.",
                        S.DONE,
                    ),
                ),
                outcome="Tenue deux mois de suite ; je la garde.",
            ),
        ),
    ),
    SessionSpec(
        title="Les tensions entre équipes de jour et de nuit",
        role=Role.PARTICIPANT,
        themes=("conflit entre agents", "communication"),
        notes={
            "accueil": """Accueil rapide, nous étions au complet. J. L. a rappelé la règle de confidentialité : les contenus des échanges restent dans le cadre de la rencontre.""",
            "amorce": """« Quels questionnements émergent actuellement dans votre travail ? »

Le mien : comment intervenir dans un conflit entre deux infirmières sans prendre parti.""",
            "expression": """J’ai partagé la tension entre deux IDE, l’une de jour, l’autre de nuit, autour des transmissions : des reproches écrits dans le dossier de soins, et des plaintes auprès de moi, chacune de son côté.

J’ai dit que je me sentais utilisée comme « boîte aux lettres ».""",
            "partages": """B.N. a fait le lien avec les transmissions ciblées mises en place dans son service. C.F. a parlé d’une unité où la tension entre jour et nuit est devenue « culturelle », au-delà des personnes. Yasmine T. a rappelé que les équipes de nuit se sentent souvent oubliées des réunions.""",
            "exploration": """Thème choisi par consensus : **les conflits entre équipes de jour et de nuit**. Ce qui s’est relié : le manque de temps commun, les représentations de chacun (« la nuit, c’est calme » ; « le jour, ils ne font que courir ») et la place du cadre comme tiers.

**Claire Fontaine** a décrit une relève en binôme, avec un quart d’heure de chevauchement, qui a changé le climat de son unité.""",
            "synthese": """Points clés : un conflit entre personnes cache souvent un conflit d’organisation ; le cadre peut être tiers sans être arbitre.

Résonance : plusieurs d’entre nous ont déjà joué les « boîtes aux lettres ».""",
            "reflexion": """Je ne dois plus porter les messages de l’une à l’autre. Mon rôle est de créer un espace où elles se parlent.""",
        },
        learnings=(
            (
                "Un conflit entre deux personnes cache souvent un problème d’organisation.",
                True,
                ("conflit entre agents",),
            ),
            (
                "Être tiers sans devenir arbitre ni boîte aux lettres.",
                False,
                ("conflit entre agents", "posture managériale"),
            ),
        ),
        feelings=(
            (B, E.WORRY, 3, "Pas sûre d’oser parler de ce conflit."),
            (A, E.CONFIDENCE, 3, "Des pistes, et le sentiment de ne pas être seule."),
        ),
        keyword="Tiers",
        actions=(
            ActionSpec(
                title="Proposer aux deux IDE un temps d’échange commun, en ma présence, sur les transmissions",
                tags=("conflit entre agents",),
                reviews=(
                    ReviewSpec(
                        10,
                        "Rencontre proposée et acceptée par les deux. Date fixée.",
                        S.IN_PROGRESS,
                    ),
                    ReviewSpec(
                        22,
                        "Échange réalisé. Tendu au début, puis constructif : elles ont proposé un support de transmissions commun.",
                        S.DONE,
                    ),
                ),
                outcome="Échange réalisé ; un support de transmissions commun est en test depuis.",
            ),
        ),
    ),
    SessionSpec(
        title="La réorganisation des pôles",
        role=Role.PARTICIPANT,
        themes=("conduite du changement",),
        notes={
            "accueil": """Ambiance particulière : l’annonce de la réorganisation des pôles est tombée la veille. J. L. a laissé plus de temps à l’accueil, pour que chacun puisse dire dans quel état il arrivait.""",
            "amorce": """« Qu’est-ce que cette annonce vient bousculer dans votre pratique ? »""",
            "expression": """J’ai dit mon inquiétude : mon unité change de pôle et je ne connais pas encore mon futur cadre supérieur. J’ai surtout partagé la question de mon équipe — « Qu’est-ce qui va changer pour nous ? » — à laquelle je ne sais pas répondre.""",
            "partages": """R.A. a exprimé de la colère : le projet a été présenté sans concertation. L.G. y voyait au contraire l’occasion de rapprocher deux unités qui travaillent déjà ensemble. P.M. est resté silencieux, puis a parlé de sa lassitude face aux réorganisations successives.""",
            "exploration": """Nous avons approfondi **comment accompagner une équipe dans un changement qu’on n’a pas choisi**. Des liens se sont faits entre la posture du cadre « porte-parole » de la direction et sa loyauté envers l’équipe. J. L. nous a invités à regarder comment nos propres représentations du changement — menace, opportunité, fatalité — colorent ce que nous transmettons.

Rémi a rappelé que le silence du cadre est souvent compris comme : « il sait des choses qu’il ne nous dit pas ».""",
            "synthese": """Points clés : dire ce que l’on sait et ce que l’on ne sait pas ; nos représentations passent dans notre discours.

Connexion forte avec ce que j’ai entendu en codéveloppement sur le regroupement de deux sites.""",
            "reflexion": """Je vais parler à l’équipe en partant de ses questions, pas de la présentation officielle.""",
        },
        learnings=(
            (
                "Dire ce que je sais et ce que je ne sais pas, plutôt que me taire.",
                True,
                ("conduite du changement", "communication"),
            ),
            (
                "Ma propre représentation du changement passe dans mon discours à l’équipe.",
                False,
                ("conduite du changement",),
            ),
        ),
        feelings=(
            (B, E.WORRY, 4, "L’annonce d’hier m’inquiète."),
            (A, E.CONFIDENCE, 3, "Plus au clair sur ce que je peux dire à l’équipe."),
        ),
        keyword="Loyautés",
        actions=(
            ActionSpec(
                title="Présenter le projet de réorganisation à l’équipe en partant de ses questions",
                tags=("conduite du changement",),
                reviews=(
                    ReviewSpec(
                        12,
                        "Réunion faite avec un tableau des questions. Beaucoup d’inquiétude sur les plannings, moins de rumeurs depuis.",
                        S.DONE,
                    ),
                ),
                outcome="Réunion faite ; les questions sans réponse sont affichées en salle de pause et mises à jour.",
            ),
        ),
    ),
    SessionSpec(
        title="Co-animation : la motivation des équipes après un départ",
        role=Role.FACILITATOR,
        themes=("motivation",),
        notes={
            "accueil": """J. L. m’avait proposé de co-animer cette rencontre. J’ai ouvert la séance en rappelant les objectifs et les principes : bienveillance, confidentialité, association d’idées, non-directivité. Le groupe est arrivé détendu, avec une absente (É.D.).""",
            "amorce": """J’ai proposé comme phrase d’amorce : **« Qu’est-ce qui vous donne encore envie, le lundi matin ? »** Elle a fait sourire, puis a ouvert des échanges plus profonds que prévu.""",
            "expression": """En position d’animatrice, j’ai peu parlé de ma propre pratique. J’ai veillé à ce que chacun puisse s’exprimer sans y être contraint : B.N. a choisi de ne pas parler, et je l’ai respecté.""",
            "partages": """C.F. : le départ du médecin chef de service, et la démotivation qui a suivi. Yasmine T. : une jeune IDE qui veut quitter l’hôpital au bout d’un an. R.A. : le sens du travail retrouvé grâce à un projet d’éducation thérapeutique.

Thème qui a résonné dans tout le groupe : **la perte de sens**.""",
            "exploration": """Le groupe a choisi d’explorer la motivation des équipes après un départ important. J’ai essayé de relier les contributions sans les orienter : « Ce que dit Claire sur le départ du médecin, est-ce que cela rejoint ce que Rémi décrit sur le sens ? »

Difficile de ne pas conclure à la place du groupe : deux fois, j’ai eu envie de proposer ma solution. J. L. m’a fait un signe discret, et j’ai reformulé en question.""",
            "synthese": """Points clés, proposés par R.A. : la motivation se nourrit du sens et de la reconnaissance ; un départ révèle souvent ce qui tenait l’équipe.

Résonance : ce que nous vivons nous-mêmes, comme cadres, face aux départs.""",
            "reflexion": """Animer, c’est tenir le cadre et laisser le contenu au groupe. Plus difficile que prévu, et très formateur.""",
        },
        learnings=(
            (
                "Animer sans orienter : reformuler en question plutôt que proposer ma solution.",
                True,
                ("posture managériale",),
            ),
            ("La motivation se nourrit du sens et de la reconnaissance.", False, ("motivation",)),
        ),
        feelings=(
            (B, E.WORRY, 4, "Le trac de co-animer devant mes pairs."),
            (A, E.PRIDE, 4, "Fière d’avoir tenu le cadre."),
        ),
        keyword="Posture",
        actions=(
            ActionSpec(
                title="Reprendre avec J. L. mes notes de co-animation pour repérer ce que j’ai orienté",
                tags=("posture managériale",),
                reviews=(
                    ReviewSpec(
                        33,
                        "J. L. n’a pas pu se libérer. Dix minutes d’échange après la séance suivante ont suffi.",
                        S.DROPPED,
                    ),
                ),
                outcome="Abandonnée sous cette forme : un court échange après la séance 5 a suffi.",
            ),
        ),
    ),
    SessionSpec(
        title="Se faire entendre de la direction des soins",
        role=Role.PARTICIPANT,
        themes=("positionnement vis-à-vis de la hiérarchie",),
        notes={
            "accueil": """Retour au rôle de participante. J’ai apprécié de pouvoir de nouveau me laisser porter par le cadre.""",
            "amorce": """« Quelle situation récente vous a laissé un sentiment d’impuissance ? »""",
            "expression": """J’ai partagé ma demande d’un poste supplémentaire d’aide-soignante de nuit, refusée sans explication par la direction des soins. J’ai eu l’impression d’avoir plaidé sans dossier.""",
            "partages": """L.G. a parlé d’un projet accepté après avoir été présenté avec des indicateurs de qualité. P.M. a partagé sa méthode : toujours venir avec une proposition et une alternative moins coûteuse. C.F. a reconnu qu’elle n’osait plus rien demander.""",
            "exploration": """Exploration autour de **comment porter la voix de son équipe auprès de la hiérarchie**. Associations d’idées : plaidoyer, négociation, loyauté ascendante, données. Laurence a évoqué le « droit de ne pas convaincre du premier coup ».

J. L. nous a invités à regarder ce que nos demandes disent de nos représentations de la direction : un adversaire, un arbitre, un partenaire ?""",
            "synthese": """Points clés : préparer des arguments chiffrés, proposer des alternatives, accepter le temps long.

Connexion : mon objectif de codéveloppement sur le positionnement face à ma N+1 rejoint exactement ce thème.""",
            "reflexion": """Je vois la direction comme un arbitre à convaincre. La voir comme un partenaire à informer changerait ma façon de préparer mes demandes.""",
        },
        learnings=(
            (
                "Venir avec des données et une alternative moins coûteuse, pas seulement avec un besoin.",
                True,
                ("positionnement vis-à-vis de la hiérarchie",),
            ),
            (
                "Ma représentation de la direction — arbitre, adversaire, partenaire — oriente ma façon de demander.",
                False,
                ("positionnement vis-à-vis de la hiérarchie",),
            ),
        ),
        feelings=(
            (B, E.FRUSTRATION, 4, "Encore sous le coup du refus."),
            (A, E.CONFIDENCE, 3, "Des idées concrètes pour préparer la prochaine demande."),
        ),
        keyword="Arguments",
        actions=(
            ActionSpec(
                title="Préparer trois arguments chiffrés (charge en soins, heures supplémentaires, incidents de nuit) avant la réunion avec la direction des soins",
                tags=("positionnement vis-à-vis de la hiérarchie",),
                reviews=(
                    ReviewSpec(
                        14,
                        "Données des heures supplémentaires récupérées ; il me manque les incidents de nuit.",
                        S.IN_PROGRESS,
                    ),
                ),
            ),
        ),
    ),
    SessionSpec(
        title="Déléguer aux infirmières référentes",
        role=Role.PARTICIPANT,
        themes=("délégation", "charge de travail"),
        notes={
            "accueil": """Groupe au complet. Petit moment d’humour sur la machine à café du pôle, enfin réparée après trois mois.""",
            "amorce": """« Qu’avez-vous lâché récemment, et qu’est-ce que cela vous a fait ? »""",
            "expression": """J’ai partagé une réussite : la délégation du planning des congés à mon adjointe, travaillée en codéveloppement. Et une question : comment aller plus loin avec les IDE référentes, sans leur transférer ma charge ?""",
            "partages": """R.A. a témoigné d’une délégation qui a mal tourné : une IDE référente épuisée, qui a fini par rendre sa mission. B.N. a parlé des « faisant-fonction », à qui l’on délègue beaucoup sans reconnaissance. Yasmine T. a rappelé que déléguer, c’est aussi former.""",
            "exploration": """Thème choisi : **la délégation aux IDE référentes, entre reconnaissance et surcharge**. Liens entre délégation, reconnaissance, temps dédié et formation. J. L. a proposé de relier nos expériences à nos propres parcours : qui nous a délégué, et comment ?

Une distinction utile a émergé : déléguer une **mission**, avec du temps et un cadre, plutôt qu’ajouter des **tâches**.""",
            "synthese": """Points clés : pas de délégation sans temps dédié ; la reconnaissance fait partie du contrat ; déléguer, c’est aussi former.

Résonance : la délégation qui épuise, que plusieurs d’entre nous ont connue comme délégataires.""",
            "reflexion": """Je vais proposer la gestion des commandes à l’IDE référente comme une mission, avec une heure dédiée par semaine, et non comme un « petit service ».""",
        },
        learnings=(
            (
                "Déléguer une mission avec du temps et un cadre, pas ajouter des tâches.",
                True,
                ("délégation", "charge de travail"),
            ),
            (
                "La reconnaissance fait partie du contrat de délégation.",
                False,
                ("délégation", "motivation"),
            ),
            ("Déléguer, c’est aussi former.", False, ("délégation",)),
        ),
        feelings=(
            (B, E.JOY, 3, "Contente de partager une réussite, pour une fois."),
            (A, E.CONFIDENCE, 4, "Confiante pour la suite."),
        ),
        keyword="Confiance",
        actions=(
            ActionSpec(
                title="Confier la gestion des commandes de matériel à l’IDE référente, avec une heure dédiée par semaine",
                tags=("délégation",),
                details="Présenter la mission, le temps dédié et ce que j’attends ; point d’étape au bout d’un mois.",
            ),
            ActionSpec(
                title="Noter chaque vendredi ce que j’ai délégué dans la semaine, et ce que j’ai repris",
                tags=("délégation", "charge de travail"),
                reviews=(
                    ReviewSpec(
                        12,
                        "Trois semaines de notes. Je reprends encore les commandes urgentes.",
                        S.IN_PROGRESS,
                    ),
                ),
            ),
        ),
        rating_comments={2: "La réunion à partir des questions de l’équipe a vraiment aidé."},
    ),
)

RPM_GROUP = GroupSpec(
    name="RPM — Cadres de santé",
    template_id="rpm",
    facilitator="J. L.",
    place="Centre hospitalier, salle de réunion du pôle médecine",
    notes="Rencontres inter-établissements de cadres de santé : dix séances mensuelles de trois heures.",
    ground_rules=RPM_GROUND_RULES,
    members=(
        ("C.F.", ("Claire Fontaine", "Claire")),
        ("R.A.", ("Rémi Aubert", "Rémi")),
        ("L.G.", ("Laurence Garnier", "Laurence")),
        ("P.M.", ()),
        ("Yasmine T.", ()),
        ("B.N.", ()),
        ("É.D.", ("Élodie Dupuis",)),
    ),
    objectives=(
        ("Prendre du recul sur les situations de tension dans le service", ""),
        ("Oser partager mes difficultés devant mes pairs", ""),
        (
            "Accompagner mon équipe dans les changements d’organisation",
            "Dire ce que je sais, ce que je ne sais pas, et associer l’équipe à ce qui reste ouvert.",
        ),
    ),
    ratings=(
        (2, 2, 3, 3, 4, 4),
        (2, 3, 3, 4, 4, 4),
        (1, 2, 3, 3, 3, 4),
    ),
    sessions=RPM_SESSIONS,
)

#: Sessions of the RPM group still to come (after the six held ones).
RPM_PLANNED_SESSIONS = 4


@dataclass(frozen=True)
class TopicSpec:
    title: str
    draft: str
    group: str | None  # "codev", "rpm" or None (any group)
    priority: int
    tags: tuple[str, ...]
    #: "next_rpm": the case of the next RPM session; "codev3": treated at codev n°3.
    placement: str | None = None


TOPICS: tuple[TopicSpec, ...] = (
    TopicSpec(
        title="Recadrer une IDE expérimentée sans la braquer",
        draft="""Une IDE très expérimentée refuse d’appliquer le nouveau protocole de pansements, et le dit devant les plus jeunes. Je repousse la discussion depuis trois semaines.

Ce que je voudrais explorer : comment reconnaître son expertise tout en tenant le cadre.""",
        group="rpm",
        priority=1,
        tags=("posture managériale", "conflit entre agents"),
        placement="next_rpm",
    ),
    TopicSpec(
        title="Dire non à ma N+1 sur un projet supplémentaire",
        draft="On me propose de piloter le groupe de travail qualité, en plus du reste. Je n’ose pas refuser, et je sais que je ne tiendrai pas.",
        group=None,
        priority=2,
        tags=("positionnement vis-à-vis de la hiérarchie", "charge de travail"),
    ),
    TopicSpec(
        title="Un agent qui se sent sous-estimé, à l’approche de l’entretien annuel",
        draft="Il m’a dit en passant qu’il « ne servait à rien de se donner du mal ici ». Je voudrais préparer l’entretien autrement que d’habitude.",
        group="rpm",
        priority=2,
        tags=("motivation",),
    ),
    TopicSpec(
        title="Accueillir deux nouveaux collègues sans épuiser l’équipe",
        draft="",
        group=None,
        priority=3,
        tags=("charge de travail",),
    ),
    TopicSpec(
        title="Comment déléguer sans tout reprendre derrière ?",
        draft="Je délègue, puis je reprends presque tout. Mon adjointe se sent dépossédée, et je travaille le soir.",
        group="codev",
        priority=1,
        tags=("délégation",),
        placement="codev3",
    ),
)


# ---------------------------------------------------------------------------
# Pools for generated journals (benchmarks): sentences with slots, varied at random
# ---------------------------------------------------------------------------

#: Theme tag → how the text names it.
THEME_PHRASES: dict[str, str] = {
    "délégation": "la délégation",
    "conflit entre agents": "le conflit entre agents",
    "charge de travail": "la charge de travail",
    "positionnement vis-à-vis de la hiérarchie": "le positionnement vis-à-vis de la hiérarchie",
    "conduite du changement": "la conduite du changement",
    "motivation": "la motivation de l’équipe",
    "fidéliser un talent": "la fidélisation d’un agent à potentiel",
    "cohésion d'équipe": "la cohésion d’équipe",
    "prise de décision": "la prise de décision",
    "communication": "la communication dans l’équipe",
    "posture managériale": "la posture managériale",
    "gestion des émotions": "la gestion des émotions",
}
#: Relative frequency of each theme in generated sessions.
THEME_WEIGHTS: dict[str, int] = {
    "délégation": 4,
    "conflit entre agents": 4,
    "charge de travail": 5,
    "positionnement vis-à-vis de la hiérarchie": 3,
    "conduite du changement": 4,
    "motivation": 3,
    "fidéliser un talent": 1,
    "cohésion d'équipe": 2,
    "prise de décision": 2,
    "communication": 2,
    "posture managériale": 2,
    "gestion des émotions": 1,
}

SITUATIONS = (
    "une équipe qui ne se parle plus depuis la dernière réorganisation",
    "un agent expérimenté qui refuse d’appliquer le nouveau protocole",
    "deux collègues qui se renvoient la responsabilité d’une erreur",
    "une direction qui ajoute des priorités sans jamais en retirer",
    "un planning des congés impossible à boucler",
    "une jeune recrue qui envisage déjà de partir",
    "un projet de service lancé sans concertation",
    "des heures supplémentaires qui s’accumulent depuis trois mois",
    "une adjointe qui se sent dépossédée de ses dossiers",
    "un déménagement de service annoncé par simple note",
    "une réunion d’équipe devenue un lieu de plaintes",
    "un arrêt maladie long qui désorganise tout le service",
    "un conflit larvé entre l’équipe de jour et l’équipe de nuit",
    "une nouvelle application métier mal acceptée",
    "un entretien annuel qui s’est mal passé",
)
OBJECTS = (
    "le planning",
    "les astreintes",
    "la réunion de service",
    "les entretiens annuels",
    "le projet de service",
    "les commandes",
    "l’accueil des nouveaux",
    "les transmissions",
    "le tableau de bord",
    "la répartition des dossiers",
)
OPENING = (
    "{m} a exposé une situation autour de {theme} : {situation}.",
    "La situation apportée par {m} touchait à {theme} : {situation}.",
    "J’ai partagé {situation}, et ce que cela me fait vivre depuis quelques semaines.",
    "Ce qui pose problème, c’est moins {situation} que la façon dont chacun s’est installé dans son rôle.",
    "{m} a décrit les faits avec beaucoup de précision, mais a peu parlé de sa propre place dans la situation.",
    "Le sujet de {theme} est revenu dès le tour d’accueil, sous des formes différentes.",
    "En l’écoutant, j’ai repensé à {situation2} dans mon propre service.",
    "Au départ, la demande portait sur {obj} ; elle s’est vite élargie à {theme}.",
    "Plusieurs d’entre nous ont reconnu leur propre quotidien : {situation2}.",
    "{m} a précisé que rien n’avait encore été dit ouvertement à l’équipe.",
    "Les questions de clarification ont montré que {obj} n’avait jamais fait l’objet d’une règle écrite.",
    "J’ai demandé : « Qu’est-ce qui se passerait si vous ne faisiez rien ? » La réponse a surpris tout le monde.",
    "Une question de {m2} a tout déplacé : « Qui décide, aujourd’hui, pour {obj} ? »",
)
MIDDLE = (
    "{m2} a proposé de repartir des faits et de distinguer ce qui relève de l’organisation de ce qui relève des personnes.",
    "Une piste a émergé : clarifier {obj} par écrit avant de réguler les relations.",
    "Nous avons relié {theme} à {theme2}, ce qui a ouvert des pistes inattendues.",
    "{m} a partagé une expérience proche, avec une issue très différente.",
    "J’ai apporté une question plutôt qu’un conseil, et c’est elle qui a fait avancer la réflexion.",
    "L’idée d’un point d’étape hebdomadaire, court et fixe, a fait consensus.",
    "Sur {theme2}, l’animateur nous a invités à regarder nos propres représentations avant de chercher des solutions.",
    "Plusieurs contributions allaient dans le même sens : associer l’équipe plutôt que décider seul.",
    "{m2} a rappelé qu’on ne change pas {obj} sans en parler d’abord avec l’équipe.",
    "J’ai eu envie de donner ma solution ; j’ai préféré reformuler ce que j’avais entendu.",
    "Une distinction utile : déléguer une mission avec un cadre, plutôt qu’ajouter des tâches.",
    "Le groupe a pris le temps d’explorer sans conclure, et c’était juste.",
    "> « On ne retient pas quelqu’un, on lui donne des raisons de rester. »",
    "Ce qui m’a marquée : la remarque de {m2} sur le coût invisible de {theme}.",
    "Nous avons évoqué l’appui possible des ressources humaines, en dernier recours.",
)
CLOSING = (
    "Je retiens qu’il faut rendre visibles les arbitrages plutôt que les absorber.",
    "Le client repart avec deux pistes concrètes et une question ouverte.",
    "Pour moi, la séance a surtout éclairé ma façon d’aborder {theme}.",
    "Je vais transposer l’idée à {obj}, dans mon propre service.",
    "Feedback : bonne écoute, mais le temps de synthèse a été un peu court.",
    "J’ai mieux tenu ma posture de consultante que la fois précédente.",
    "Une phrase à garder : « Déléguer, c’est accepter que ce soit fait autrement. »",
    "J’ai remercié {m} pour sa franchise ; ce n’était pas facile à exposer.",
    "Il reste à vérifier, d’ici la prochaine séance, si l’équipe s’approprie {obj}.",
    "La séance m’a rappelé l’importance de dire ce que je sais et ce que je ne sais pas.",
    "Mot du tour de clôture : « {keyword} ».",
)
LEARNINGS = (
    "Clarifier la règle sur {obj} avant de réguler les personnes.",
    "Sur {theme}, poser une question ouverte aide plus qu’un bon conseil.",
    "Associer l’équipe à ce qui reste à décider, sans promettre ce qui ne dépend pas de moi.",
    "Déléguer un résultat attendu, pas une tâche.",
    "Rendre l’arbitrage à celui qui fixe les priorités.",
    "Un rituel court et régulier vaut mieux qu’une réaction au fil de l’eau.",
    "Ma propre représentation de {theme} colore ce que je transmets.",
    "Dire par écrit ce qui ne sera pas fait protège l’équipe.",
    "La reconnaissance fait partie du contrat quand on délègue.",
    "Être tiers sans devenir arbitre.",
)
ACTIONS = (
    "Clarifier par écrit les règles sur {obj} avec l’équipe",
    "Faire un point individuel avec chaque agent sur {theme}",
    "Déléguer {obj} avec un point d’étape par semaine",
    "Demander à ma hiérarchie de classer les demandes en cours",
    "Tester une réunion de 20 minutes, debout, le lundi matin",
    "Présenter le projet en partant des questions de l’équipe",
    "Noter chaque vendredi ce que j’ai délégué et ce que j’ai repris",
    "Préparer des arguments chiffrés sur {obj} avant la réunion de direction",
)
REVIEW_NOTES = (
    "Commencé ; plus long que prévu, mais l’équipe s’en saisit.",
    "Premier essai fait. À ajuster sur {obj}.",
    "Pas eu le temps ces deux dernières semaines.",
    "Fait, avec un bon accueil de l’équipe.",
    "Abandonné : le contexte a changé depuis la séance.",
    "Reporté : la personne concernée est absente ce mois-ci.",
)
KEYWORDS = (
    "Écoute",
    "Confiance",
    "Recul",
    "Clarté",
    "Lâcher-prise",
    "Cadre",
    "Sens",
    "Tiers",
    "Priorités",
    "Patience",
    "Courage",
    "Nuance",
    "Équité",
    "Ouverture",
    "Respiration",
)
COHORTS = (
    "Managers de proximité",
    "Cadres de santé",
    "Encadrants techniques",
    "Chefs de service",
    "Responsables d’accueil",
    "Cadres administratifs",
    "Coordinateurs de projet",
    "Équipe de direction",
)
PSEUDONYMS = (
    ("M.D.", "Marc Dubois"),
    ("S.K.", "Sophie Klein"),
    ("T.L.", "Thomas Lefèvre"),
    ("A.B.", "Aline Bernard"),
    ("F.G.", "François Girard"),
    ("N.H.", "Nathalie Henry"),
    ("C.F.", "Claire Fontaine"),
    ("R.A.", "Rémi Aubert"),
    ("L.G.", "Laurence Garnier"),
    ("P.M.", ""),
    ("B.N.", ""),
    ("É.D.", "Élodie Dupuis"),
    ("K.O.", "Karim Ouali"),
    ("I.P.", "Isabelle Petit"),
    ("J.-P. V.", ""),
    ("G.R.", "Gaëlle Roux"),
)
FACILITATORS = ("Hélène R.", "J. L.", "M.-C. B.", "O. T.", "Coach : D. S.")
PLEASANT_AFTER = (
    Emotion.CONFIDENCE,
    Emotion.SERENITY,
    Emotion.GRATITUDE,
    Emotion.RELIEF,
    Emotion.CURIOSITY,
    Emotion.JOY,
    Emotion.PRIDE,
)
BEFORE_EMOTIONS = (
    Emotion.WORRY,
    Emotion.FATIGUE,
    Emotion.CURIOSITY,
    Emotion.FRUSTRATION,
    Emotion.SERENITY,
    Emotion.JOY,
)
GENERIC_RULES = (
    "- **Confidentialité** : ce qui se dit ici reste ici.\n"
    "- **Bienveillance** : pas de jugement.\n"
    "- **Écoute** : on laisse finir.\n"
    "- Chacun reste libre de ses choix."
)
