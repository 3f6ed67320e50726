x = f'{a b ÿ}'
