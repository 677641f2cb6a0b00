"""Made-up business cards of Spanish- and Portuguese-speaking countries: Spain, Mexico,
Argentina, Portugal and Brazil.

A hand-written specification; its conventions are in spec.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from .spec import check_card, company_only, person

CARDS = [
    # ----------------------------------------------------------------- Spain / Mexico / Argentina
    person(
        "es-sl-gerente-general-two-surnames",
        """
Construcciones Almenara S.L.
Javier Martínez López
Gerente General
Tel. 963 123 456
Móvil 612 345 678
jmartinez@almenara.es
C/ Colón 24, 46004 Valencia
""",
        "Javier Martínez López",
        "Javier",
        "Martínez López",
        "Gerente General",
        "Construcciones Almenara S.L.",
    ),
    person(
        "mx-lic-sa-de-cv",
        """
Grupo Textil Atlántida, S.A. de C.V.
Lic. Ana Gabriela Ramírez Torres
Directora de Recursos Humanos
Tel. +52 55 5123 4567
aramirez@textilatlantida.com.mx
Av. Insurgentes Sur 1602, Col. Crédito Constructor, CDMX
""",
        "Lic. Ana Gabriela Ramírez Torres",
        "Ana Gabriela",
        "Ramírez Torres",
        "Directora de Recursos Humanos",
        "Grupo Textil Atlántida, S.A. de C.V.",
    ),
    person(
        "mx-ing-gerente-de-planta",
        """
Ing. Carlos Alberto Hernández
Gerente de Planta
Autopartes del Bajío S.A. de C.V.
Cel. 442 123 4567
carlos.hernandez@autopartesbajio.mx
""",
        "Ing. Carlos Alberto Hernández",
        "Carlos Alberto",
        "Hernández",
        "Gerente de Planta",
        "Autopartes del Bajío S.A. de C.V.",
    ),
    person(
        "ar-name-pipe-title-sa",
        """
Martín Sosa | Gerente Comercial
Bodega Los Aromos S.A.
Ruta 40 km 3,5 - Mendoza
+54 9 261 555-1234
msosa@bodegalosaromos.com.ar
""",
        "Martín Sosa",
        "Martín",
        "Sosa",
        "Gerente Comercial",
        "Bodega Los Aromos S.A.",
    ),
    company_only(
        "es-company-only-hardware-shop-caps",
        """
FERRETERÍA HERMANOS GIL
Herramientas · Pintura · Fontanería
C/ Mayor 15, 28013 Madrid
Tel. 914 567 890
""",
        "FERRETERÍA HERMANOS GIL",
    ),
    # ----------------------------------------------------------------- Portugal / Brazil
    person(
        "br-maria-jose-dos-santos-ltda",
        """
Maria José dos Santos
Gerente Comercial
Distribuidora Paulista Ltda.
(11) 3456-7890 | (11) 98555-4321
maria.santos@distpaulista.com.br
Rua Augusta, 1200 - Consolação - São Paulo/SP
""",
        "Maria José dos Santos",
        "Maria José",
        "dos Santos",
        "Gerente Comercial",
        "Distribuidora Paulista Ltda.",
    ),
    person(
        "br-joao-pedro-de-oliveira-sa",
        """
Cafés Serra Azul S.A.
João Pedro de Oliveira
Diretor de Exportação
+55 35 3222-1100
joao.oliveira@serraazul.com.br
""",
        "João Pedro de Oliveira",
        "João Pedro",
        "de Oliveira",
        "Diretor de Exportação",
        "Cafés Serra Azul S.A.",
    ),
    person(
        "br-me-proprietario",
        """
Pão Dourado Padaria e Confeitaria ME
Francisco Alves
Proprietário
(81) 3333-4455
francisco@paodourado.com.br
""",
        "Francisco Alves",
        "Francisco",
        "Alves",
        "Proprietário",
        "Pão Dourado Padaria e Confeitaria ME",
    ),
    person(
        "br-name-pipe-title-ltda",
        """
Maria Santos | Gerente Comercial
Agropecuária Boa Vista Ltda.
(62) 3241-5566
maria.santos@boavista-agro.com.br
""",
        "Maria Santos",
        "Maria",
        "Santos",
        "Gerente Comercial",
        "Agropecuária Boa Vista Ltda.",
    ),
    person(
        "pt-lda-diretora-compound-given",
        """
Vinhos do Douro Lda.
Ana Rita Ferreira
Diretora Comercial
+351 222 345 678
+351 912 345 678
ana.ferreira@vinhosdodouro.pt
""",
        "Ana Rita Ferreira",
        "Ana Rita",
        "Ferreira",
        "Diretora Comercial",
        "Vinhos do Douro Lda.",
    ),
    company_only(
        "br-company-only-dental-clinic",
        """
Clínica Sorriso Odontologia
Implantes · Ortodontia · Clareamento
Av. Brasil, 450 - Sala 12 - Campinas/SP
(19) 3232-1010
www.clinicasorriso.com.br
""",
        "Clínica Sorriso Odontologia",
    ),
]


@pytest.mark.parametrize(("text", "want"), CARDS)
def test_card(text: str, want: dict[str, Any]) -> None:
    check_card(text, want)
