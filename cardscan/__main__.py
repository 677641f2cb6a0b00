from cardscan.cli import main

main(prog_name="cardscan")
